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
        mvc.perform(formLogin().user(naam).password("goed-wachtwoord-123"))
            .andExpect(redirectedUrl("/"));
        for (int i = 0; i < Inlogrem.MAX_MISLUKT; i++) {
            mvc.perform(formLogin().user(naam).password("fout-" + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(naam).password("goed-wachtwoord-123"))
            .andExpect(redirectedUrl("/login?teveel"));
        mvc.perform(formLogin().user(ander).password("goed-wachtwoord-123"))
            .andExpect(redirectedUrl("/"));
        mvc.perform(get("/login").param("teveel", "")).andExpect(status().isOk())
            .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("15 minuten")));
    }

    @Test
    void aUsernameNobodyHasIsBrakedTheSameWay() throws Exception {
        String niemand = "niemand-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < Inlogrem.MAX_MISLUKT; i++) {
            mvc.perform(formLogin().user(niemand).password("x")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(niemand).password("x")).andExpect(redirectedUrl("/login?teveel"));
    }
}
