package nl.wegwijs.organisatie.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages of the beheer screens and the login that no other test renders in this state, so that the JTE migration's
 * comparison with Thymeleaf (issue 21) covers them: the gemeente page with a refused taakstelling, and the login
 * page after an expired session.
 */
@IntegrationTest
class BeheerSjabloonTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    TestData.Wereld w;
    Medewerker beheerder;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        beheerder = w.als(Rol.BEHEERDER);
    }

    @Test
    void gemeentePageShowsARefusedTaakstellingWithItsErrors() throws Exception {
        mvc.perform(post("/beheer/gemeenten/" + w.gemeente().id() + "/taakstellingen").with(TestData.als(beheerder))
                .with(csrf()).param("jaar", "2025").param("halfjaar", "3").param("aantal", "-1"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"halfjaar-fout\"")))
            .andExpect(content().string(containsString("id=\"aantal-fout\"")));
    }

    @Test
    void loginPageSaysTheSessionExpired() throws Exception {
        mvc.perform(get("/login").param("verlopen", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("utrecht-alert--warning")));
        mvc.perform(get("/login?verlopen"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("utrecht-alert--warning")));
    }
}
