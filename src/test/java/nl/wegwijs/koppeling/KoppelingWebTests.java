package nl.wegwijs.koppeling;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The beheerder's pages for API clients: only the beheerder, the secret shown once, revoking. */
@IntegrationTest
class KoppelingWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Medewerker beheerder;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        beheerder = w.als(Rol.BEHEERDER);
    }

    @Test
    void onlyTheBeheerderReachesThePages() throws Exception {
        mvc.perform(get("/beheer/koppelingen").with(TestData.als(beheerder))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Koppeling registreren")));
        for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.TEAMLEIDER, Rol.PRIVACYFUNCTIONARIS, Rol.BELEID }) {
            mvc.perform(get("/beheer/koppelingen").with(TestData.als(w.als(rol)))).andExpect(status().isForbidden());
            mvc.perform(post("/beheer/koppelingen").with(TestData.als(w.als(rol))).with(csrf())
                    .param("naam", "Stiekem").param("organisatie", w.gemeente().id().toString())
                    .param("rol", "BEHEERDER").param("scopes", "beheer.schrijven"))
                .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from api_client where naam = 'Stiekem'").query(Long.class).single())
            .isZero();
        mvc.perform(get("/beheer/koppelingen")).andExpect(status().is3xxRedirection());
    }

    @Test
    void registeringShowsTheSecretOnceAndItWorksAtTheTokenEndpoint() throws Exception {
        String naam = "Zaaksysteem " + UUID.randomUUID().toString().substring(0, 6);
        MvcResult r = mvc.perform(post("/beheer/koppelingen").with(TestData.als(beheerder)).with(csrf())
                .param("naam", naam).param("organisatie", w.gemeente().id().toString())
                .param("rol", "REGIEVOERDER").param("scopes", "huishoudens.lezen", "signalen.lezen"))
            .andExpect(redirectedUrlPattern("/beheer/koppelingen/*"))
            .andExpect(flash().attributeExists("geheim"))
            .andReturn();
        String geheim = (String) r.getFlashMap().get("geheim");
        String pagina = r.getResponse().getRedirectedUrl();

        // the page right after the redirect shows it once, from the flash attribute (also in KoppelingBrowserTests)
        mvc.perform(get(pagina).with(TestData.als(beheerder)).cookie(r.getResponse().getCookie("SESSION")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("geheim-eenmalig")))
            .andExpect(content().string(containsString(geheim)));
        String clientId = jdbc.sql("select client_id from api_client where id = ?")
            .param(UUID.fromString(pagina.substring(pagina.lastIndexOf('/') + 1))).query(String.class).single();
        assertThat(clientId).startsWith("wegwijs-");
        // a later visit shows no secret, and the database holds only its hash
        mvc.perform(get(pagina).with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andExpect(content().string(containsString(clientId)))
            .andExpect(content().string(containsString("huishoudens.lezen")))
            .andExpect(content().string(not(containsString(geheim))))
            .andExpect(content().string(not(containsString("geheim-eenmalig"))));
        String hash = jdbc.sql("select geheim_hash from api_client where client_id = ?").param(clientId)
            .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(geheim);

        mvc.perform(post("/oauth2/token").with(httpBasic(clientId, geheim)).param("grant_type", "client_credentials"))
            .andExpect(status().isOk());

        mvc.perform(get("/beheer/koppelingen").with(TestData.als(beheerder)))
            .andExpect(content().string(containsString(naam)));
    }

    @Test
    void aFormWithoutChoicesIsShownAgainWithDutchMessagesAndNothingIsRegistered() throws Exception {
        long voor = jdbc.sql("select count(*) from api_client").query(Long.class).single();
        mvc.perform(post("/beheer/koppelingen").with(TestData.als(beheerder)).with(csrf())
                .param("naam", "").param("organisatie", "geen-uuid").param("rol", "VRIJWILLIGER"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Geef de koppeling een naam.")))
            .andExpect(content().string(containsString("Kies de rol waarmee de koppeling werkt.")))
            .andExpect(content().string(containsString("Kies ten minste een onderdeel")));
        // a role that does not fit the organisation
        mvc.perform(post("/beheer/koppelingen").with(TestData.als(beheerder)).with(csrf())
                .param("naam", "Verkeerd").param("organisatie", w.gemeente().id().toString())
                .param("rol", "TEAMLEIDER").param("scopes", "huishoudens.lezen"))
            .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from api_client").query(Long.class).single()).isEqualTo(voor);
    }

    @Test
    void revokingMarksTheClientRevoked() throws Exception {
        MvcResult r = mvc.perform(post("/beheer/koppelingen").with(TestData.als(beheerder)).with(csrf())
                .param("naam", "Intrekken test").param("organisatie", w.gemeente().id().toString())
                .param("rol", "BELEID").param("scopes", "huishoudens.lezen"))
            .andExpect(redirectedUrlPattern("/beheer/koppelingen/*")).andReturn();
        String pagina = r.getResponse().getRedirectedUrl();
        mvc.perform(post(pagina + "/intrekking").with(TestData.als(beheerder)).with(csrf()).param("versie", "0"))
            .andExpect(redirectedUrlPattern("/beheer/koppelingen/*"));
        mvc.perform(get(pagina).with(TestData.als(beheerder)))
            .andExpect(content().string(containsString("Ingetrokken op")))
            .andExpect(content().string(not(containsString("Koppeling intrekken"))));
    }
}
