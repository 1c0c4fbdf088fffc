package nl.wegwijs.organisatie.api;

import java.util.UUID;

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
import static nl.wegwijs.organisatie.api.BeheerApiSteun.metCsrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The medewerkers API: the beheerder lists and adds medewerkers (each read and write in the processing log), resets
 * two-factor login, requires it per organisation; a name search by POST; others get 403; bad input writes nothing.
 */
@IntegrationTest
class MedewerkerApiTests {

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

    int log(UUID betrokkene, String actie) {
        return jdbc.sql("select count(*) from verwerking where betrokkene_id = ? and actie = ? and medewerker_id = ? "
                + "and record_soort = 'medewerker'")
            .params(betrokkene, actie, beheerder.id()).query(Integer.class).single();
    }

    int accounts(String gebruikersnaam) {
        return jdbc.sql("select count(*) from medewerker where gebruikersnaam = ?").param(gebruikersnaam)
            .query(Integer.class).single();
    }

    String nieuw(String gebruikersnaam, String rol, String fte, String teams) {
        return """
                {"gebruikersnaam": "%s", "naam": "Sanne de Vries", "rol": "%s", "organisatie": "%s", "fte": %s,
                 "teams": %s, "wachtwoord": "een-lang-wachtwoord-2027"}"""
            .formatted(gebruikersnaam, rol, w.uitvoerder().id(), fte, teams);
    }

    @Test
    void beheerderAddsAMedewerkerAndTheWriteIsLogged() throws Exception {
        String naam = "sdv-" + UUID.randomUUID().toString().substring(0, 8);
        String location = api.schrijf(beheerder, post("/api/v1/medewerkers"),
                nieuw(naam, "BEGELEIDER", "0.80", "[\"" + w.teamB().id() + "\"]"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/v1/medewerkers/")))
            .andExpect(jsonPath("$.teams").value("Team B"))
            .andExpect(jsonPath("$.fte").value(0.80))
            .andReturn().getResponse().getHeader("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(log(id, "AANMAKEN")).isEqualTo(1);
        api.als(beheerder, get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.gebruikersnaam").value(naam));
        assertThat(log(id, "LEZEN")).isEqualTo(1);

        api.schrijf(beheerder, post("/api/v1/medewerkers"), nieuw(naam, "BEGELEIDER", "0.80", "[]"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Deze gebruikersnaam is al in gebruik."));
        assertThat(accounts(naam)).isEqualTo(1);
    }

    @Test
    void badMedewerkersWriteNothing() throws Exception {
        String naam = "fout-" + UUID.randomUUID().toString().substring(0, 8);
        api.schrijf(beheerder, post("/api/v1/medewerkers"), nieuw(naam, "BEGELEIDER", "null", "[]"))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(beheerder, post("/api/v1/medewerkers"), nieuw(naam, "REGIEVOERDER", "null", "[]"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("organisatie.medewerker.rol-past-niet"));
        api.schrijf(beheerder, post("/api/v1/medewerkers"),
                nieuw(naam, "VRIJWILLIGER", "null", "[\"" + UUID.randomUUID() + "\"]"))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(beheerder, post("/api/v1/medewerkers"), nieuw("X", "VRIJWILLIGER", "null", "[]"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("gebruikersnaam"));
        api.schrijf(beheerder, post("/api/v1/medewerkers"),
                nieuw(naam, "VRIJWILLIGER", "null", "[]").replace("een-lang-wachtwoord-2027", "kort"))
            .andExpect(status().isBadRequest());
        assertThat(accounts(naam)).isZero();
    }

    @Test
    void theListOfAnOrganisationIsLoggedPerMedewerker() throws Exception {
        api.als(beheerder, get("/api/v1/medewerkers").param("organisatie", w.uitvoerder().id().toString())
            .param("aantal", "100"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].gebruikersnaam", hasItem(w.als(Rol.BEGELEIDER).gebruikersnaam())))
            .andExpect(jsonPath("$.volgende").doesNotExist());
        assertThat(log(w.als(Rol.BEGELEIDER).id(), "LEZEN")).isEqualTo(1);
        api.als(beheerder, get("/api/v1/medewerkers").param("organisatie", w.uitvoerder().id().toString())
            .param("aantal", "1")).andExpect(jsonPath("$.volgende", containsString("na=")));
        nietGevonden(api.als(beheerder, get("/api/v1/medewerkers").param("organisatie", UUID.randomUUID().toString())));
        api.als(beheerder, get("/api/v1/medewerkers")).andExpect(status().isBadRequest());
    }

    @Test
    void otherRolesGet403AndSeeNothing() throws Exception {
        String naam = "verboden-" + UUID.randomUUID().toString().substring(0, 8);
        for (Rol rol : new Rol[] { Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.als(w.als(rol), get("/api/v1/medewerkers").param("organisatie", w.uitvoerder().id().toString()))
                .andExpect(status().isForbidden());
            api.als(w.als(rol), get("/api/v1/medewerkers/" + w.als(Rol.BEGELEIDER).id()))
                .andExpect(status().isForbidden());
            api.schrijf(w.als(rol), post("/api/v1/medewerkers"), nieuw(naam, "VRIJWILLIGER", "null", "[]"))
                .andExpect(status().isForbidden());
            api.als(w.als(rol), metCsrf(delete("/api/v1/medewerkers/" + w.als(Rol.BEGELEIDER).id() + "/tweestap")))
                .andExpect(status().isForbidden());
            api.schrijf(w.als(rol), put("/api/v1/tweestap-verplichtingen/" + w.uitvoerder().id()),
                    "{\"verplicht\": true}").andExpect(status().isForbidden());
        }
        api.schrijf(w.als(Rol.TEAMLEIDER), post("/api/v1/medewerkers/zoeken"), "{\"naam\": \"Naam\"}")
            .andExpect(status().isForbidden());
        assertThat(accounts(naam)).isZero();
        assertThat(jdbc.sql("select count(*) from verwerking where betrokkene_id = ? and record_soort = 'medewerker'")
            .param(w.als(Rol.BEGELEIDER).id()).query(Integer.class).single()).isZero();
        nietGevonden(api.als(beheerder, get("/api/v1/medewerkers/" + UUID.randomUUID())));
    }

    @Test
    void nameSearchByPostForBeheerderAndPrivacyfunctionaris() throws Exception {
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        api.schrijf(w.als(Rol.PRIVACYFUNCTIONARIS), post("/api/v1/medewerkers/zoeken"),
                "{\"naam\": \"%s\"}".formatted(begeleider.naam()))
            .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(begeleider.id().toString()));
        api.schrijf(beheerder, post("/api/v1/medewerkers/zoeken"), "{\"naam\": \"x\"}").andExpect(status().isBadRequest());
    }

    @Test
    void twoFactorRequiredPerOrganisationAndResetPerMedewerker() throws Exception {
        String pad = "/api/v1/tweestap-verplichtingen/" + w.gemeente().id();
        api.als(beheerder, get(pad)).andExpect(jsonPath("$.verplicht").value(false));
        api.schrijf(beheerder, put(pad), "{\"verplicht\": true}").andExpect(status().isOk())
            .andExpect(jsonPath("$.verplicht").value(true));
        api.schrijf(beheerder, put(pad), "{}").andExpect(status().isBadRequest());
        api.schrijf(beheerder, put(pad), "{\"verplicht\": false}").andExpect(jsonPath("$.verplicht").value(false));
        nietGevonden(api.als(beheerder, get("/api/v1/tweestap-verplichtingen/" + UUID.randomUUID())));

        api.als(beheerder, metCsrf(delete("/api/v1/medewerkers/" + w.als(Rol.BEGELEIDER).id() + "/tweestap")))
            .andExpect(status().isNoContent());
        nietGevonden(api.als(beheerder, metCsrf(delete("/api/v1/medewerkers/" + UUID.randomUUID() + "/tweestap"))));
    }
}
