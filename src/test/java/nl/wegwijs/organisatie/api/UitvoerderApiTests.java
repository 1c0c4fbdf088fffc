package nl.wegwijs.organisatie.api;

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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The uitvoerders and teams API: the beheerder adds them and sets the identification policy; others get 403. */
@IntegrationTest
class UitvoerderApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    Medewerker beheerder;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        beheerder = w.als(Rol.BEHEERDER);
    }

    int aantal(String tabel, String naam) {
        return jdbc.sql("select count(*) from " + tabel + " where naam = ?").param(naam).query(Integer.class).single();
    }

    @Test
    void beheerderAddsAnUitvoerderAndATeam() throws Exception {
        String naam = "Humanitas " + UUID.randomUUID();
        String json = api.schrijf(beheerder, post("/api/v1/uitvoerders"),
                "{\"naam\": \"%s\", \"gemeente\": \"%s\"}".formatted(naam, w.gemeente().id()))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/v1/uitvoerders/")))
            .andExpect(jsonPath("$.gemeente").value(w.gemeente().id().toString()))
            .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.id");
        api.als(beheerder, get("/api/v1/uitvoerders").param("gemeente", w.gemeente().id().toString()))
            .andExpect(jsonPath("$.items[0].id").value(id));

        String team = api.schrijf(beheerder, post("/api/v1/teams"),
                "{\"uitvoerder\": \"%s\", \"naam\": \"Team Noord\"}".formatted(id))
            .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        api.als(beheerder, get(team)).andExpect(jsonPath("$.naam").value("Team Noord"));
        api.schrijf(beheerder, post("/api/v1/teams"), "{\"uitvoerder\": \"%s\", \"naam\": \"team noord\"}".formatted(id))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Deze uitvoerder heeft al een team met deze naam."));
        api.als(beheerder, get("/api/v1/teams").param("uitvoerder", id)).andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void badInputWritesNothing() throws Exception {
        String naam = "Fout " + UUID.randomUUID();
        api.schrijf(beheerder, post("/api/v1/uitvoerders"),
                "{\"naam\": \"%s\", \"gemeente\": \"%s\"}".formatted(naam, UUID.randomUUID()))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(beheerder, post("/api/v1/uitvoerders"), "{\"naam\": \"\"}").andExpect(status().isBadRequest());
        assertThat(aantal("uitvoerder", naam)).isZero();
        nietGevonden(api.schrijf(beheerder, post("/api/v1/teams"),
                "{\"uitvoerder\": \"%s\", \"naam\": \"%s\"}".formatted(UUID.randomUUID(), naam)));
        api.schrijf(beheerder, post("/api/v1/teams"), "{\"naam\": \"%s\"}".formatted(naam))
            .andExpect(status().isBadRequest());
        assertThat(aantal("team", naam)).isZero();
        nietGevonden(api.als(beheerder, get("/api/v1/uitvoerders/" + UUID.randomUUID())));
        nietGevonden(api.als(beheerder, get("/api/v1/uitvoerders/" + UUID.randomUUID() + "/identificatiebeleid")));
    }

    @Test
    void otherRolesGet403() throws Exception {
        String naam = "Verboden " + UUID.randomUUID();
        for (Rol rol : new Rol[] { Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.als(w.als(rol), get("/api/v1/uitvoerders")).andExpect(status().isForbidden());
            api.als(w.als(rol), get("/api/v1/teams")).andExpect(status().isForbidden());
            api.schrijf(w.als(rol), post("/api/v1/uitvoerders"), "{\"naam\": \"%s\"}".formatted(naam))
                .andExpect(status().isForbidden());
            api.schrijf(w.als(rol), post("/api/v1/teams"),
                    "{\"uitvoerder\": \"%s\", \"naam\": \"%s\"}".formatted(w.uitvoerder().id(), naam))
                .andExpect(status().isForbidden());
            api.schrijf(w.als(rol), put("/api/v1/uitvoerders/" + w.uitvoerder().id() + "/identificatiebeleid"),
                    "{\"vrijwilligers\": true, \"reden\": \"x\", \"versie\": 0}").andExpect(status().isForbidden());
        }
        assertThat(aantal("uitvoerder", naam) + aantal("team", naam)).isZero();
    }

    @Test
    void identificationPolicyNeedsAReasonAndTheVersion() throws Exception {
        String pad = "/api/v1/uitvoerders/" + w.uitvoerder().id() + "/identificatiebeleid";
        String json = api.als(beheerder, get(pad)).andExpect(status().isOk())
            .andExpect(jsonPath("$.vrijwilligers").value(false)).andReturn().getResponse().getContentAsString();
        int versie = JsonPath.read(json, "$.versie");
        api.schrijf(beheerder, put(pad), "{\"vrijwilligers\": true, \"versie\": %d}".formatted(versie))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(beheerder, put(pad), "{\"vrijwilligers\": true, \"reden\": \"Administratie fase 1\", \"versie\": %d}"
            .formatted(versie + 5)).andExpect(status().isConflict());
        api.als(beheerder, get(pad)).andExpect(jsonPath("$.vrijwilligers").value(false));
        api.schrijf(beheerder, put(pad), "{\"vrijwilligers\": true, \"reden\": \"Administratie fase 1\", \"versie\": %d}"
            .formatted(versie)).andExpect(status().isOk())
            .andExpect(jsonPath("$.vrijwilligers").value(true))
            .andExpect(jsonPath("$.historie[0].reden").value("Administratie fase 1"));
    }
}
