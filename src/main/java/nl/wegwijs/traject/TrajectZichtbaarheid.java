package nl.wegwijs.traject;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.Zichtbaarheid;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Team;

/**
 * Who may see which household, decided from trajectories and assignments at the moment of the query:
 * <ul>
 * <li>vrijwilliger: households currently assigned to them;
 * <li>begeleider: households of their team(s), and those currently assigned to them;
 * <li>teamleider: all households of their uitvoerder;
 * <li>regievoerder and budgetcoach: all households in their gemeente;
 * <li>wijkteam: households in their gemeente handed over to the wijkteam;
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

    private final OrganisatieService organisaties;

    TrajectZichtbaarheid(OrganisatieService organisaties) {
        this.organisaties = organisaties;
    }

    /**
     * Each condition is "household in (a set)", so the planner starts from the small set (a vrijwilliger's few
     * households, a team's) through the indexes (traject by uitvoerder, gemeente or team with the household;
     * toewijzing by medewerker), instead of testing every household.
     */
    @Override
    public Filter filter(Medewerker ik, String kolom) {
        return switch (ik.rol()) {
            case VRIJWILLIGER -> new Filter(kolom + " in (" + TOEGEWEZEN + ")", Map.of("zIk", ik.id()));
            case BEGELEIDER -> {
                UUID[] teams = organisaties.teamsVan(ik.id()).stream().map(Team::id).toArray(UUID[]::new);
                yield new Filter(kolom + " in (select zt.huishouden_id from traject zt where zt.team_id = any(:zTeams)"
                        + " union " + TOEGEWEZEN + ")", Map.of("zIk", ik.id(), "zTeams", teams));
            }
            case TEAMLEIDER -> new Filter(kolom + " in (select zt.huishouden_id from traject zt"
                    + " where zt.uitvoerder_id = :zUitvoerder)", Map.of("zUitvoerder", ik.organisatieId()));
            case REGIEVOERDER, BUDGETCOACH -> new Filter(kolom + " in (select zt.huishouden_id from traject zt"
                    + " where zt.gemeente_id = :zGemeente)", Map.of("zGemeente", ik.organisatieId()));
            case WIJKTEAM -> new Filter(kolom + " in (select zt.huishouden_id from traject zt"
                    + " where zt.gemeente_id = :zGemeente and zt.status = 'OVERGEDRAGEN')",
                    Map.of("zGemeente", ik.organisatieId()));
            case BELEID, BEHEERDER, PRIVACYFUNCTIONARIS -> new Filter("false", Map.of());
        };
    }
}
