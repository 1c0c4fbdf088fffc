package nl.wegwijs.huishouden;

import java.util.Map;

import nl.wegwijs.organisatie.Medewerker;

/**
 * Which households a medewerker may see: declared here, answered by the module that knows trajectories and
 * assignments (traject). The answer is a SQL condition so that scope lives in the query, never in a template.
 */
public interface Zichtbaarheid {

    /**
     * A SQL boolean expression, true for the rows whose household id (in {@code huishoudenKolom}) the medewerker
     * may see now, with its named parameters.
     */
    Filter filter(Medewerker ik, String huishoudenKolom);

    /**
     * A SQL boolean expression, true for the rows whose household id (in {@code huishoudenKolom}) matches the
     * selection's trajectory filters (status, phase, gemeente, uitvoerder, team, assigned guide, registration date;
     * not the name). Only ever combined with {@link #filter} by "and": it narrows, never widens. An unknown status is
     * an {@link nl.wegwijs.system.OngeldigeParameter}.
     */
    Filter selectie(HuishoudenSelectie selectie, String huishoudenKolom);

    record Filter(String sql, Map<String, Object> parameters) {

        /** Both conditions (their parameter names must differ). */
        public Filter en(Filter ander) {
            if ("true".equals(ander.sql())) {
                return this;
            }
            Map<String, Object> samen = new java.util.HashMap<>(parameters);
            samen.putAll(ander.parameters());
            return new Filter("(" + sql + ") and (" + ander.sql() + ")", samen);
        }
    }
}
