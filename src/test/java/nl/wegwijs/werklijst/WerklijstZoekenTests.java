package nl.wegwijs.werklijst;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worklist's name search: a client's name travels in a POST body and stays in the session, so it never appears
 * in a URL, the browser history or an access log; links and pages of the list keep it without repeating it.
 */
@IntegrationTest
class WerklijstZoekenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    Medewerker regie;

    @BeforeEach
    void wereld() {
        TestData.Wereld w = data.wereld();
        regie = w.als(Rol.REGIEVOERDER);
        trajecten.meldAan(regie, data.aanmeldingVoor(w, LocalDate.now().minusMonths(1), "Nguyen"));
        trajecten.meldAan(regie, data.aanmeldingVoor(w, LocalDate.now().minusMonths(1), "Tesfay"));
    }

    @Test
    void theNameGoesInABodyAndTheRedirectAndLinksCarryNoName() throws Exception {
        MvcResult zoeken = mvc.perform(post("/werklijst/zoek").param("zoek", "nguy")
                .param("status", "AANGEMELD").with(csrf()).with(als(regie)))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        String naar = zoeken.getResponse().getRedirectedUrl();
        assertThat(naar).isEqualTo("/werklijst?status=AANGEMELD").doesNotContain("nguy");

        mvc.perform(get(naar).cookie(sessie(zoeken)).with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nguyen, Samira")))
            .andExpect(content().string(not(containsString("Tesfay, Samira"))))
            // the field shows the name, no link or form action repeats it
            .andExpect(content().string(containsString("value=\"nguy\"")))
            .andExpect(content().string(not(containsString("zoek=nguy"))));
    }

    @Test
    void htmxGetsTheListAtOnceAndAnEmptySearchShowsEveryoneAgain() throws Exception {
        MvcResult zoeken = mvc.perform(post("/werklijst/zoek").param("zoek", "tesf").header("HX-Request", "true")
                .with(csrf()).with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Tesfay, Samira")))
            .andExpect(content().string(not(containsString("Nguyen, Samira"))))
            .andReturn();
        Cookie sessie = sessie(zoeken);
        // a filter change (a GET, as htmx sends it) keeps the name from the session
        mvc.perform(get("/werklijst").param("status", "").header("HX-Request", "true").cookie(sessie)
                .with(als(regie)))
            .andExpect(content().string(not(containsString("Nguyen, Samira"))));

        mvc.perform(post("/werklijst/zoek").cookie(sessie).param("zoek", "  ").header("HX-Request", "true")
                .with(csrf()).with(als(regie)))
            .andExpect(content().string(containsString("Nguyen, Samira")))
            .andExpect(content().string(containsString("Tesfay, Samira")));
        mvc.perform(get("/werklijst").header("HX-Request", "true").cookie(sessie).with(als(regie)))
            .andExpect(content().string(containsString("Nguyen, Samira")));
    }

    /** Sessions live in PostgreSQL (Spring Session): the next request finds the search through the cookie. */
    private static Cookie sessie(MvcResult resultaat) {
        Cookie cookie = resultaat.getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie").isNotNull();
        return cookie;
    }

    @Test
    void aNameInTheQueryIsNotUsed() throws Exception {
        // an old bookmark with ?zoek= does not filter: the URL is no way to search
        mvc.perform(get("/werklijst").param("zoek", "nguy").with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Tesfay, Samira")));
    }

    @Test
    void theSearchNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/werklijst/zoek").param("zoek", "nguy").with(als(regie)))
            .andExpect(status().is3xxRedirection())
            .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
    }
}
