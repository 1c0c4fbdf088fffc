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

    record Filter(String sql, Map<String, Object> parameters) {
    }
}
