package nl.wegwijs.system;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every API operation accepts only the query parameters it declares (plus {@code lang}): an unknown or a repeated
 * single parameter is a Dutch 400 naming it, before anything is read or written.
 */
@IntegrationTest
class BekendeParametersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    ApiFixture.TweeTeams wereld;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(1));
    }

    Medewerker teamleider() {
        return wereld.w().als(Rol.TEAMLEIDER);
    }

    @Test
    void anUnknownQueryParameterIs400NamingIt() throws Exception {
        for (String pad : new String[] { "/api/v1/huishoudens", "/api/v1/trajecten/" + wereld.a().id(),
                "/api/v1/signalen" }) {
            api.als(teamleider(), get(pad + "?sortering=naam")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("sortering"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(
                        "Deze parameter kent deze bewerking niet. Zie de beschrijving in /api/v1/openapi.json."));
        }
    }

    @Test
    void knownParametersAndLangAreFine() throws Exception {
        api.als(teamleider(), get("/api/v1/huishoudens?aantal=5&lang=en")).andExpect(status().isOk());
        api.als(teamleider(), get("/api/v1/trajecten/" + wereld.a().id() + "?lang=nl")).andExpect(status().isOk());
    }

    @Test
    void aSingleParameterSentTwiceIs400() throws Exception {
        api.als(teamleider(), get("/api/v1/huishoudens?aantal=5&aantal=6")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("aantal"))
            .andExpect(jsonPath("$.invalidParams[0].reason").value("Deze parameter mag maar één keer voorkomen."));
    }

    @Test
    void aWriteWithAnUnknownParameterWritesNothing() throws Exception {
        String pad = "/api/v1/trajecten/" + wereld.a().id() + "/start";
        String json = "{\"versie\": 3, \"praktischeStart\": \"%s\"}".formatted(LocalDate.now());
        api.schrijf(teamleider(), post(pad + "?nu=ja"), json).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("nu"));
        assertThat(versie()).isEqualTo(3);
        api.schrijf(teamleider(), post(pad), json).andExpect(status().isOk());
        assertThat(versie()).isEqualTo(4);
    }

    private long versie() {
        return jdbc.sql("select versie from traject where id = ?").param(wereld.a().id().value())
            .query(Long.class).single();
    }
}
