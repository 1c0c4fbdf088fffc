package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team change (TeamkeuzeApiController) and ending and restoring an assignment (ToewijzingEindeApiController) through
 * the API: the teamleider may, a role that sees the trajectory but may not gets 422 (TrajectService's rule, as on the
 * page), one who does not see it 404, bad input 400, a stale version 409; a refusal writes nothing; a change is in the
 * processing log.
 */
@IntegrationTest
class TrajectWerkApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    ApiFixture.TweeTeams f;
    Medewerker tl;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        f = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(1));
        tl = f.w().als(Rol.TEAMLEIDER);
    }

    private long versie(Traject t) {
        return jdbc.sql("select versie from traject where id = ?").param(t.id().value()).query(Long.class).single();
    }

    private UUID team(Traject t) {
        return jdbc.sql("select team_id from traject where id = ?").param(t.id().value()).query(UUID.class).single();
    }

    private int wijzigingen(Medewerker ik) {
        return jdbc.sql("select count(*) from verwerking where medewerker_id = ? and actie = 'WIJZIGEN' and geslaagd")
            .param(ik.id()).query(Integer.class).single();
    }

    private String toewijzing() throws Exception {
        String json = api.als(tl, get("/api/v1/trajecten/{id}", f.a().id().value())).andReturn().getResponse()
            .getContentAsString();
        return JsonPath.read(json, "$.toewijzingen[0].id");
    }

    @Test
    void theTeamleiderMovesATrajectoryToAnotherTeam() throws Exception {
        String body = "{\"versie\": %d, \"teamId\": \"%s\"}".formatted(versie(f.a()), f.w().teamB().id());
        int voor = wijzigingen(tl);
        api.schrijf(tl, post("/api/v1/trajecten/{id}/team", f.a().id().value()), body).andExpect(status().isOk())
            .andExpect(jsonPath("$.teamId").value(f.w().teamB().id().toString()));
        assertThat(team(f.a())).isEqualTo(f.w().teamB().id());
        assertThat(wijzigingen(tl)).isGreaterThan(voor);
        // the version moved on: the same body again is stale
        api.schrijf(tl, post("/api/v1/trajecten/{id}/team", f.a().id().value()), body)
            .andExpect(status().isConflict());
    }

    @Test
    void aTeamChangeIsRefusedAndWritesNothing() throws Exception {
        long versie = versie(f.a());
        int voor = wijzigingen(tl);
        String body = "{\"versie\": %d, \"teamId\": \"%s\"}".formatted(versie, f.w().teamB().id());
        // sees it, may not: the service's 422
        api.schrijf(f.w().als(Rol.BEGELEIDER), post("/api/v1/trajecten/{id}/team", f.a().id().value()), body)
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("traject.niet-toegestaan"));
        // does not see it: 404, for a vrijwilliger not assigned and for another organisation's teamleider
        nietGevonden(api.schrijf(f.w().vrijwilliger2(), post("/api/v1/trajecten/{id}/team", f.a().id().value()),
                body));
        nietGevonden(api.schrijf(data.wereld().als(Rol.TEAMLEIDER),
                post("/api/v1/trajecten/{id}/team", f.a().id().value()), body));
        // bad input: no team, a team of another uitvoerder
        api.schrijf(tl, post("/api/v1/trajecten/{id}/team", f.a().id().value()), "{\"versie\": %d}".formatted(versie))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("teamId"));
        api.schrijf(tl, post("/api/v1/trajecten/{id}/team", f.a().id().value()),
                "{\"versie\": %d, \"teamId\": \"%s\"}".formatted(versie, data.wereld().teamA().id()))
            .andExpect(status().isUnprocessableContent());
        assertThat(versie(f.a())).isEqualTo(versie);
        assertThat(team(f.a())).isEqualTo(f.w().teamA().id());
        assertThat(wijzigingen(tl)).isEqualTo(voor);
    }

    @Test
    void theTeamleiderEndsAnAssignmentAndRestoresIt() throws Exception {
        String id = toewijzing();
        String vandaag = LocalDate.now().toString();
        int voor = wijzigingen(tl);
        api.schrijf(tl, post("/api/v1/trajecten/{id}/toewijzingen/{t}/einde", f.a().id().value(), id),
                "{\"versie\": %d, \"tot\": \"%s\"}".formatted(versie(f.a()), vandaag))
            .andExpect(status().isOk()).andExpect(jsonPath("$.tot").value(vandaag));
        // the vrijwilliger still sees it today (the last day is inclusive)
        api.schrijf(tl, post("/api/v1/trajecten/{id}/toewijzingen/{t}/einde", f.a().id().value(), id),
                "{\"versie\": %d, \"tot\": \"%s\"}".formatted(versie(f.a()), vandaag))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("traject.toewijzing.al-beeindigd"));
        api.schrijf(tl, post("/api/v1/trajecten/{id}/toewijzingen/{t}/herstel", f.a().id().value(), id),
                "{\"versie\": %d}".formatted(versie(f.a())))
            .andExpect(status().isOk()).andExpect(jsonPath("$.tot").value(nullValue()));
        assertThat(wijzigingen(tl)).isGreaterThanOrEqualTo(voor + 2);
    }

    @Test
    void endingAnAssignmentIsRefusedAndWritesNothing() throws Exception {
        String id = toewijzing();
        long versie = versie(f.a());
        int voor = wijzigingen(tl);
        String body = "{\"versie\": %d, \"tot\": \"%s\"}".formatted(versie, LocalDate.now());
        api.schrijf(f.w().als(Rol.VRIJWILLIGER),
                post("/api/v1/trajecten/{id}/toewijzingen/{t}/einde", f.a().id().value(), id), body)
            .andExpect(status().isUnprocessableContent());
        nietGevonden(api.schrijf(f.w().begeleiderB(),
                post("/api/v1/trajecten/{id}/toewijzingen/{t}/einde", f.a().id().value(), id), body));
        nietGevonden(api.schrijf(data.wereld().als(Rol.TEAMLEIDER),
                post("/api/v1/trajecten/{id}/toewijzingen/{t}/herstel", f.a().id().value(), id),
                "{\"versie\": %d}".formatted(versie)));
        api.schrijf(tl, post("/api/v1/trajecten/{id}/toewijzingen/{t}/einde", f.a().id().value(), id),
                "{\"versie\": %d}".formatted(versie))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("tot"));
        api.schrijf(tl, post("/api/v1/trajecten/{id}/toewijzingen/{t}/einde", f.a().id().value(), id),
                "{\"versie\": %d, \"tot\": \"%s\"}".formatted(versie, LocalDate.now().minusYears(1)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("traject.toewijzing.einde-voor-start"));
        api.schrijf(tl, post("/api/v1/trajecten/{id}/toewijzingen/{t}/herstel", f.a().id().value(), id),
                "{\"versie\": %d}".formatted(versie))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("traject.toewijzing.niet-beeindigd"));
        api.schrijf(tl, post("/api/v1/trajecten/{id}/toewijzingen/{t}/einde", f.a().id().value(), id),
                "{\"versie\": %d, \"tot\": \"%s\"}".formatted(versie - 1, LocalDate.now()))
            .andExpect(status().isConflict());
        assertThat(versie(f.a())).isEqualTo(versie);
        assertThat(wijzigingen(tl)).isEqualTo(voor);
    }
}
