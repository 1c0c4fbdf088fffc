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
 * <li>beleid and beheerder: none (aggregates and configuration only).
 * </ul>
 */
@Component
class TrajectZichtbaarheid implements Zichtbaarheid {

    private static final String TOEGEWEZEN = """
            exists (select 1 from traject zt join toewijzing zw on zw.traject_id = zt.id
                     where zt.huishouden_id = %s and zw.medewerker_id = :zIk
                       and zw.vanaf <= current_date and (zw.tot is null or zw.tot >= current_date))""";

    private final OrganisatieService organisaties;

    TrajectZichtbaarheid(OrganisatieService organisaties) {
        this.organisaties = organisaties;
    }

    @Override
    public Filter filter(Medewerker ik, String kolom) {
        return switch (ik.rol()) {
            case VRIJWILLIGER -> new Filter(TOEGEWEZEN.formatted(kolom), Map.of("zIk", ik.id()));
            case BEGELEIDER -> {
                UUID[] teams = organisaties.teamsVan(ik.id()).stream().map(Team::id).toArray(UUID[]::new);
                yield new Filter("(exists (select 1 from traject zt where zt.huishouden_id = " + kolom
                        + " and zt.team_id = any(:zTeams)) or " + TOEGEWEZEN.formatted(kolom) + ")",
                        Map.of("zIk", ik.id(), "zTeams", teams));
            }
            case TEAMLEIDER -> new Filter("exists (select 1 from traject zt where zt.huishouden_id = " + kolom
                    + " and zt.uitvoerder_id = :zUitvoerder)", Map.of("zUitvoerder", ik.organisatieId()));
            case REGIEVOERDER, BUDGETCOACH -> new Filter("exists (select 1 from traject zt where zt.huishouden_id = "
                    + kolom + " and zt.gemeente_id = :zGemeente)", Map.of("zGemeente", ik.organisatieId()));
            case WIJKTEAM -> new Filter("exists (select 1 from traject zt where zt.huishouden_id = " + kolom
                    + " and zt.gemeente_id = :zGemeente and zt.status = 'OVERGEDRAGEN')",
                    Map.of("zGemeente", ik.organisatieId()));
            case BELEID, BEHEERDER -> new Filter("false", Map.of());
        };
    }
}
