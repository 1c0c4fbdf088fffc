package nl.wegwijs.socialekaart;

import java.util.List;
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

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sociale kaart API: the list per gemeente with the kind and language filters and keyset pages, adding,
 * changing with a version (409 when stale), deactivating; 403 for a role that never maintains, 404 for another
 * gemeente, 400 and 422 that write nothing.
 */
@IntegrationTest
class SocialeKaartApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    UUID g;
    Medewerker tl;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        g = w.gemeente().id();
        tl = w.als(Rol.TEAMLEIDER);
    }

    static String dienst(UUID gemeente, String naam, String soort, String talen) {
        return """
                {"gemeenteId": "%s", "naam": "%s", "soort": "%s", "telefoon": "070 555 0101",
                 "email": "info@voorbeeld.example", "talen": [%s], "wachttijdWeken": 2,
                 "verwijzen": "Bel het spreekuur"}""".formatted(gemeente, naam, soort, talen);
    }

    String voegToe(Medewerker wie, String json) throws Exception {
        String antwoord = api.schrijf(wie, post("/api/v1/diensten"), json)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/api/v1/diensten/[0-9a-f-]{36}")))
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    int aantal() {
        return jdbc.sql("select count(*) from dienst where gemeente_id = ?").param(g).query(Integer.class).single();
    }

    @Test
    void theListFiltersByKindAndLanguageAndPages() throws Exception {
        String huisarts = voegToe(tl, dienst(g, "Huisartsenpraktijk De Linde", "HUISARTS", "\"Nederlands\", \"Arabisch\""));
        String ggz = voegToe(w.als(Rol.REGIEVOERDER), dienst(g, "GGZ-team Kompas", "GGZ", "\"Tigrinya\""));
        String loket = voegToe(w.als(Rol.BEHEERDER), dienst(g, "Budgetloket", "SCHULDHULP", "\"Nederlands\""));
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        // without gemeente: the reader's (first) gemeente, as the screen
        api.als(begeleider, get("/api/v1/diensten")).andExpect(status().isOk())
            .andExpect(jsonPath("$.gemeenteId").value(g.toString()))
            .andExpect(jsonPath("$.magBeheren").value(false))
            .andExpect(jsonPath("$.items[*].id", contains(ggz, huisarts, loket))); // by kind (its name), then name
        api.als(begeleider, get("/api/v1/diensten").param("gemeente", g.toString()).param("soort", "GGZ"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", contains(ggz)));
        api.als(begeleider, get("/api/v1/diensten").param("gemeente", g.toString()).param("taal", "arabisch"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", contains(huisarts)));
        api.als(tl, get("/api/v1/diensten").param("gemeente", g.toString()).param("aantal", "2"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.magBeheren").value(true))
            .andExpect(jsonPath("$.items[*].id", contains(ggz, huisarts)))
            .andExpect(jsonPath("$.volgende", startsWith("http")));
        api.als(tl, get("/api/v1/diensten").param("gemeente", g.toString()).param("aantal", "2").param("na", huisarts))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id", contains(loket)))
            .andExpect(jsonPath("$.volgende", nullValue()));
        api.als(tl, get("/api/v1/diensten").param("soort", "ONBEKEND")).andExpect(status().isBadRequest());
        api.als(tl, get("/api/v1/diensten").param("plaats", "Den Haag")).andExpect(status().isBadRequest());
        // another gemeente's kaart does not exist
        nietGevonden(api.als(data.wereld().als(Rol.BEGELEIDER), get("/api/v1/diensten").param("gemeente",
                g.toString())));
        nietGevonden(api.als(data.wereld().als(Rol.TEAMLEIDER), get("/api/v1/diensten/{id}", huisarts)));
    }

    @Test
    void onlyTheMaintainingRolesWriteAndNothingIsWrittenOnARefusal() throws Exception {
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.VRIJWILLIGER, Rol.WIJKTEAM, Rol.BUDGETCOACH, Rol.BELEID)) {
            api.schrijf(w.als(rol), post("/api/v1/diensten"), dienst(g, "X", "ANDERS", ""))
                .andExpect(status().isForbidden());
        }
        nietGevonden(api.schrijf(data.wereld().als(Rol.REGIEVOERDER), post("/api/v1/diensten"),
                dienst(g, "X", "ANDERS", "")));
        api.schrijf(tl, post("/api/v1/diensten"), """
                {"gemeenteId": "%s", "soort": "GGZ"}""".formatted(g))
            .andExpect(status().isBadRequest());
        api.schrijf(tl, post("/api/v1/diensten"), """
                {"gemeenteId": "%s", "naam": "GGZ", "soort": "GGZ", "email": "geen-adres"}""".formatted(g))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("socialekaart.email.ongeldig"));
        assertThat(aantal()).isZero();
    }

    @Test
    void changingNeedsTheLastVersionAndDeactivatingKeepsTheService() throws Exception {
        String id = voegToe(tl, dienst(g, "Sociaal wijkteam Centrum", "SOCIAAL_WIJKTEAM", "\"Nederlands\""));
        String wijziging = """
                {"versie": %d, "naam": "Sociaal wijkteam Centrum-Noord", "soort": "SOCIAAL_WIJKTEAM",
                 "talen": ["Nederlands", "Arabisch"], "wachttijdWeken": 3, "organisatieId": "%s"}""";
        api.schrijf(tl, put("/api/v1/diensten/{id}", id), wijziging.formatted(1, g))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.naam").value("Sociaal wijkteam Centrum-Noord"))
            .andExpect(jsonPath("$.inWegwijs").value(true))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(tl, put("/api/v1/diensten/{id}", id), wijziging.formatted(1, g))
            .andExpect(status().isConflict());
        api.schrijf(tl, put("/api/v1/diensten/{id}", id), """
                {"versie": 2, "naam": "X", "soort": "GGZ", "wachttijdWeken": 500}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("socialekaart.wachttijd.ongeldig"));
        api.schrijf(w.als(Rol.BEGELEIDER), put("/api/v1/diensten/{id}/stand", id), """
                {"versie": 2, "actief": false}""").andExpect(status().isForbidden());
        api.schrijf(tl, put("/api/v1/diensten/{id}/stand", id), """
                {"versie": 2, "actief": false}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.actief").value(false))
            .andExpect(jsonPath("$.versie").value(3));
        api.als(w.als(Rol.BEGELEIDER), get("/api/v1/diensten/{id}", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.actief").value(false))
            .andExpect(jsonPath("$.naam").value("Sociaal wijkteam Centrum-Noord"));
        assertThat(kaart.diensten(tl, g)).as("no new referrals to it").isEmpty();
    }
}
