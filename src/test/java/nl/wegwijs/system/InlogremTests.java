package nl.wegwijs.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The brake on password guessing: five wrong passwords, then the right one is refused too, for that username only;
 * a username nobody has is braked the same way (nothing tells whether an account exists).
 */
@IntegrationTest
class InlogremTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.wegwijs.organisatie.Inlogblokkades blokkades;

    /** Each test logs in from its own address (TEST-NET-3), so the suite's other logins from 127.0.0.1 never add up. */
    final String adres = "203.0.113." + (1 + new java.util.Random().nextInt(250));

    static org.springframework.test.web.servlet.RequestBuilder vanAf(
            org.springframework.test.web.servlet.RequestBuilder login, String adres) {
        return context -> {
            var request = login.buildRequest(context);
            request.setRemoteAddr(adres);
            return request;
        };
    }

    @Test
    void fiveWrongPasswordsRefuseTheRightOneForThatUsernameOnly() throws Exception {
        TestData.Wereld w = data.wereld();
        Medewerker beheerder = w.als(Rol.BEHEERDER);
        String naam = "rem-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String ander = naam + "-b";
        organisaties.voegMedewerkerToe(beheerder, naam, "goed-wachtwoord-123", "Rem Test", Rol.BEGELEIDER,
                w.uitvoerder().id(), null, java.util.List.of());
        organisaties.voegMedewerkerToe(beheerder, ander, "goed-wachtwoord-123", "Rem Ander", Rol.BEGELEIDER,
                w.uitvoerder().id(), null, java.util.List.of());
        mvc.perform(vanAf(formLogin().user(naam).password("goed-wachtwoord-123"), adres))
            .andExpect(redirectedUrl("/"));
        for (int i = 0; i < Inlogrem.MAX_MISLUKT; i++) {
            mvc.perform(vanAf(formLogin().user(naam).password("fout-" + i), adres)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(vanAf(formLogin().user(naam).password("goed-wachtwoord-123"), adres))
            .andExpect(redirectedUrl("/login?teveel"));
        mvc.perform(vanAf(formLogin().user(ander).password("goed-wachtwoord-123"), adres))
            .andExpect(redirectedUrl("/"));
        mvc.perform(get("/login").param("teveel", "")).andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("15 minuten")));
    }

    @Test
    void aUsernameNobodyHasIsBrakedTheSameWay() throws Exception {
        String niemand = "niemand-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < Inlogrem.MAX_MISLUKT; i++) {
            mvc.perform(vanAf(formLogin().user(niemand).password("x"), adres)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(vanAf(formLogin().user(niemand).password("x"), adres)).andExpect(redirectedUrl("/login?teveel"));
    }

    @Test
    void manyFailuresFromOneAddressRefuseEveryUsernameFromItButNotFromAnother() throws Exception {
        TestData.Wereld w = data.wereld();
        String naam = "adres-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        organisaties.voegMedewerkerToe(w.als(Rol.BEHEERDER), naam, "goed-wachtwoord-123", "Adres Test",
                Rol.BEGELEIDER, w.uitvoerder().id(), null, java.util.List.of());
        String aanvaller = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        // each username below its own limit: four tries for each of eight made-up names
        for (int i = 0; i < Inlogrem.MAX_MISLUKT_PER_ADRES; i++) {
            mvc.perform(vanAf(formLogin().user("gok-" + (i / (Inlogrem.MAX_MISLUKT - 1)) + "-" + naam)
                .password("x"), aanvaller)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(vanAf(formLogin().user(naam).password("goed-wachtwoord-123"), aanvaller))
            .andExpect(redirectedUrl("/login?teveel"));
        mvc.perform(vanAf(formLogin().user(naam).password("goed-wachtwoord-123"), adres))
            .andExpect(redirectedUrl("/"));
        // only hashes are stored: no address and no username in readable form
        assertThat(jdbc.sql("select count(*) from inlog_poging where adres = ? or sleutel like ?")
            .params(aanvaller, "%" + naam + "%").query(Long.class).single()).isZero();
    }

    @Test
    void theBeheerderSeesTheBlockAndLiftsIt() throws Exception {
        TestData.Wereld w = data.wereld();
        Medewerker beheerder = w.als(Rol.BEHEERDER);
        String naam = "slot-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Medewerker geblokkeerd = organisaties.voegMedewerkerToe(beheerder, naam, "goed-wachtwoord-123", "Slot Test",
                Rol.BEGELEIDER, w.uitvoerder().id(), null, java.util.List.of());
        for (int i = 0; i < Inlogrem.MAX_MISLUKT; i++) {
            mvc.perform(vanAf(formLogin().user(naam).password("fout-" + i), adres));
        }
        mvc.perform(get("/beheer/medewerkers").param("organisatie", w.uitvoerder().id().toString())
                .with(TestData.als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                    org.hamcrest.Matchers.containsString("/beheer/medewerkers/" + geblokkeerd.id() + "/ontgrendelen")));

        // nobody but a beheerder lifts it
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/beheer/medewerkers/{id}/ontgrendelen", geblokkeerd.id())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(TestData.als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> blokkades.ontgrendel(w.als(Rol.TEAMLEIDER),
                geblokkeerd.id())).isInstanceOf(NietGevonden.class);
        mvc.perform(vanAf(formLogin().user(naam).password("goed-wachtwoord-123"), adres))
            .andExpect(redirectedUrl("/login?teveel"));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/beheer/medewerkers/{id}/ontgrendelen", geblokkeerd.id())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(TestData.als(beheerder)))
            .andExpect(redirectedUrl("/beheer/medewerkers?organisatie=" + w.uitvoerder().id()));
        assertThat(blokkades.geblokkeerd(beheerder, java.util.List.of(geblokkeerd))).isEmpty();
        mvc.perform(vanAf(formLogin().user(naam).password("goed-wachtwoord-123"), adres))
            .andExpect(redirectedUrl("/"));
    }
}
