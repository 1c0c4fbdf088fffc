package nl.wegwijs.traject;

import java.util.Map;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenSelectie;
import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Medewerker;

/**
 * Who may see which household, decided from trajectories and assignments at the moment of the query:
 * <ul>
 * <li>vrijwilliger: households currently assigned to them;
 * <li>begeleider: households of their team(s), and those currently assigned to them;
 * <li>teamleider: all households of their uitvoerder;
 * <li>regievoerder and budgetcoach: all households in their gemeente;
 * <li>wijkteam: households whose warm handover their organisation accepted (also when that organisation is not the
 * household's gemeente: a wijkteam with Wegwijs accounts on the sociale kaart), and those of their gemeente handed
 * over outside Wegwijs; read-only, as every closed trajectory;
 * <li>beleid, beheerder and privacyfunctionaris: none (aggregates, configuration, the log only).
 * </ul>
 */
@Component
class TrajectZichtbaarheid implements Zichtbaarheid {

    /** Households with a current assignment of :zIk. */
    private static final String TOEGEWEZEN = """
            select zt.huishouden_id from toewijzing zw join traject zt on zt.id = zw.traject_id
             where zw.medewerker_id = :zIk and zw.vanaf <= current_date
               and (zw.tot is null or zw.tot >= current_date)""";

    /**
     * Each condition is "household in (a set)", so the planner starts from the small set (a vrijwilliger's few
     * households, a team's) through the indexes (traject by uitvoerder, gemeente or team with the household;
     * toewijzing by medewerker), instead of testing every household.
     */
    @Override
    public Filter filter(Medewerker ik, String kolom) {
        return switch (ik.rol()) {
            case VRIJWILLIGER -> new Filter(kolom + " in (" + TOEGEWEZEN + ")", Map.of("zIk", ik.id()));
            // the teams in the same statement (issue 21): an init plan, so the traject index by team still serves.
            // The team's households as an array too (a second init plan, computed before the household is read): as
            // "in (subquery)" the planner, guessing the set from the teams' statistics, walked the household key in
            // order for the first page of a list (the API's: 13,970 buffers against 154 at national scale)
            case BEGELEIDER -> new Filter(kolom + " = any(array(select zt.huishouden_id from traject zt where"
                    + " zt.team_id = any(array(select zmt.team_id from medewerker_team zmt"
                    + " where zmt.medewerker_id = :zIk)) union " + TOEGEWEZEN + "))", Map.of("zIk", ik.id()));
            case TEAMLEIDER -> new Filter(kolom + " in (select zt.huishouden_id from traject zt"
                    + " where zt.uitvoerder_id = :zUitvoerder)", Map.of("zUitvoerder", ik.organisatieId()));
            case REGIEVOERDER, BUDGETCOACH -> new Filter(kolom + " in (select zt.huishouden_id from traject zt"
                    + " where zt.gemeente_id = :zGemeente)", Map.of("zGemeente", ik.organisatieId()));
            // the organisation that accepted the warm handover, or (handed over outside Wegwijs) the gemeente's own
            case WIJKTEAM -> new Filter(kolom + " in (select zt.huishouden_id from traject zt"
                    + " where zt.overgedragen_aan = :zOntvanger and zt.status = 'OVERGEDRAGEN'"
                    + " union all select zt.huishouden_id from traject zt where zt.gemeente_id = :zOntvanger"
                    + " and zt.overgedragen_aan is null and zt.status = 'OVERGEDRAGEN')",
                    Map.of("zOntvanger", ik.organisatieId()));
            case BELEID, BEHEERDER, PRIVACYFUNCTIONARIS -> new Filter("false", Map.of());
        };
    }

    /**
     * The trajectory filters of a list as "household in (trajectories that match)": each part only narrows; every
     * household has one trajectory, so a trajectory list can use it on {@code t.huishouden_id} too.
     */
    @Override
    public Filter selectie(HuishoudenSelectie s, String kolom) {
        java.util.List<String> waar = new java.util.ArrayList<>();
        Map<String, Object> p = new java.util.HashMap<>();
        if (!s.status().isEmpty()) {
            String[] statussen = s.status().stream().map(TrajectZichtbaarheid::status).toArray(String[]::new);
            waar.add("st.status = any(:sStatus)");
            p.put("sStatus", statussen);
        }
        voeg(waar, p, "st.fase_code = :sFase", "sFase", s.fase());
        voeg(waar, p, "st.gemeente_id = :sGemeente", "sGemeente", s.gemeente());
        voeg(waar, p, "st.uitvoerder_id = :sUitvoerder", "sUitvoerder", s.uitvoerder());
        voeg(waar, p, "st.team_id = :sTeam", "sTeam", s.team());
        voeg(waar, p, "st.aangemeld_op >= :sVanaf", "sVanaf", s.aangemeldVanaf());
        voeg(waar, p, "st.aangemeld_op < :sTot", "sTot", s.aangemeldTot());
        voeg(waar, p, """
                exists (select 1 from toewijzing sw where sw.traject_id = st.id and sw.medewerker_id = :sMedewerker
                           and sw.vanaf <= current_date and (sw.tot is null or sw.tot >= current_date))""",
                "sMedewerker", s.medewerker());
        if (waar.isEmpty()) {
            return new Filter("true", Map.of());
        }
        return new Filter(kolom + " in (select st.huishouden_id from traject st where " + String.join(" and ", waar)
                + ")", p);
    }

    private static void voeg(java.util.List<String> waar, Map<String, Object> p, String sql, String naam,
            @org.jspecify.annotations.Nullable Object waarde) {
        if (waarde != null) {
            waar.add(sql);
            p.put(naam, waarde);
        }
    }

    private static String status(String status) {
        try {
            return TrajectStatus.valueOf(status.strip()).name();
        }
        catch (IllegalArgumentException onbekend) {
            throw new nl.wegwijs.system.OngeldigeParameter("status", "fout.parameter-waarde");
        }
    }
}
