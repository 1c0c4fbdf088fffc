package nl.wegwijs.organisatie.api;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.Inlogrem;
import nl.wegwijs.system.SqlTeller;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static nl.wegwijs.organisatie.api.BeheerApiSteun.metCsrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The medewerkers API: the beheerder lists and adds medewerkers (each read and write in the processing log), resets
 * two-factor login, requires it per organisation, lifts a login block (as the screen's Ontgrendelen); a name search
 * by POST; others get 403; bad input writes nothing.
 */
@IntegrationTest
class MedewerkerApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisatieService organisaties;

    /** Each test logs in from its own address (TEST-NET-1), so no other test's failed logins add up with ours. */
    final String adres = "192.0.2." + (1 + new Random().nextInt(250));

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

    /** A login form from this test's address. */
    RequestBuilder inloggen(String gebruikersnaam, String wachtwoord) {
        RequestBuilder login = formLogin().user(gebruikersnaam).password(wachtwoord);
        return context -> {
            var request = login.buildRequest(context);
            request.setRemoteAddr(adres);
            return request;
        };
    }

    /** A new begeleider of the world's uitvoerder whose login is blocked: wrong passwords until the brake holds. */
    Medewerker geblokkeerd() throws Exception {
        String naam = "slot-" + UUID.randomUUID().toString().substring(0, 8);
        Medewerker m = organisaties.voegMedewerkerToe(beheerder, naam, "goed-wachtwoord-123", "Slot Test",
                Rol.BEGELEIDER, w.uitvoerder().id(), null, List.of());
        for (int i = 0; i < Inlogrem.MAX_MISLUKT; i++) {
            mvc.perform(inloggen(naam, "fout-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(inloggen(naam, "goed-wachtwoord-123")).andExpect(redirectedUrl("/login?teveel"));
        return m;
    }

    int verwerkingen(UUID betrokkene) {
        return jdbc.sql("select count(*) from verwerking where betrokkene_id = ? and record_soort = 'medewerker'")
            .param(betrokkene).query(Integer.class).single();
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
            api.als(w.als(rol), metCsrf(post("/api/v1/medewerkers/" + w.als(Rol.BEGELEIDER).id() + "/ontgrendeling")))
                .andExpect(status().isForbidden());
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

    @Test
    void beheerderLiftsALoginBlockAndTheMedewerkerLogsInAgain() throws Exception {
        Medewerker m = geblokkeerd();
        String pad = "/api/v1/medewerkers/" + m.id();
        api.als(beheerder, get(pad)).andExpect(status().isOk()).andExpect(jsonPath("$.geblokkeerd").value(true));
        api.als(beheerder, get("/api/v1/medewerkers").param("organisatie", w.uitvoerder().id().toString())
            .param("aantal", "100"))
            .andExpect(jsonPath("$.items[?(@.id == '%s')].geblokkeerd".formatted(m.id()), contains(true)))
            .andExpect(jsonPath("$.items[?(@.id == '%s')].geblokkeerd".formatted(w.als(Rol.BEGELEIDER).id()),
                    contains(false)));

        // another role: 403, and the block stays
        for (Rol rol : new Rol[] { Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.PRIVACYFUNCTIONARIS, Rol.BEGELEIDER }) {
            api.als(w.als(rol), metCsrf(post(pad + "/ontgrendeling"))).andExpect(status().isForbidden());
        }
        api.als(beheerder, get(pad)).andExpect(jsonPath("$.geblokkeerd").value(true));
        mvc.perform(inloggen(m.gebruikersnaam(), "goed-wachtwoord-123")).andExpect(redirectedUrl("/login?teveel"));

        int voor = verwerkingen(m.id());
        api.als(beheerder, metCsrf(post(pad + "/ontgrendeling"))).andExpect(status().isNoContent())
            .andExpect(content().bytes(new byte[0]));
        // the same processing-log rows as the screen's unlock (which writes none: the password is not touched)
        assertThat(verwerkingen(m.id())).isEqualTo(voor);
        api.als(beheerder, get(pad)).andExpect(jsonPath("$.geblokkeerd").value(false));
        // once more changes nothing
        api.als(beheerder, metCsrf(post(pad + "/ontgrendeling"))).andExpect(status().isNoContent());
        mvc.perform(inloggen(m.gebruikersnaam(), "goed-wachtwoord-123")).andExpect(redirectedUrl("/"));
    }

    @Test
    void theApiUnlockWritesTheSameProcessingLogRowsAsTheScreen() throws Exception {
        Medewerker scherm = geblokkeerd();
        int voor = verwerkingen(scherm.id());
        mvc.perform(metCsrf(post("/beheer/medewerkers/{id}/ontgrendelen", scherm.id())).with(TestData.als(beheerder)))
            .andExpect(redirectedUrl("/beheer/medewerkers?organisatie=" + w.uitvoerder().id()));
        int doorScherm = verwerkingen(scherm.id()) - voor;

        Medewerker viaApi = geblokkeerd();
        voor = verwerkingen(viaApi.id());
        api.als(beheerder, metCsrf(post("/api/v1/medewerkers/" + viaApi.id() + "/ontgrendeling")))
            .andExpect(status().isNoContent());
        assertThat(verwerkingen(viaApi.id()) - voor).isEqualTo(doorScherm);
    }

    @Test
    void anUnknownMedewerkerIs404AndNothingIsLifted() throws Exception {
        nietGevonden(api.als(beheerder, metCsrf(post("/api/v1/medewerkers/" + UUID.randomUUID() + "/ontgrendeling"))));
        // the beheerder's role is not bound to one organisation (as on the screen /beheer/medewerkers, which lists
        // and unlocks the medewerkers of every gemeente and uitvoerder): another world's medewerker is reachable
        Medewerker elders = data.wereld().als(Rol.BEGELEIDER);
        api.als(beheerder, metCsrf(post("/api/v1/medewerkers/" + elders.id() + "/ontgrendeling")))
            .andExpect(status().isNoContent());
    }

    @Test
    void whetherBlockedIsOneStatementForTheWholePage() throws Exception {
        geblokkeerd();
        SqlTeller.Telling telling = SqlTeller.tel(() -> api.als(beheerder, get("/api/v1/medewerkers")
            .param("organisatie", w.uitvoerder().id().toString()).param("aantal", "100"))
            .andExpect(status().isOk()));
        assertThat(telling.statements()).as(telling.toString()).filteredOn(s -> s.contains("inlog_poging"))
            .hasSize(1);
    }
}
