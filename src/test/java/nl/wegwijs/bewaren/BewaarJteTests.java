package nl.wegwijs.bewaren;

import static nl.wegwijs.TestData.als;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Bewaartermijnen;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

/**
 * The move of the retention pages to JTE (issue 21): an older run, an empty run, a carried-out run and the overview
 * after it, rendered by JTE and compared with Thymeleaf by the test profile.
 */
@IntegrationTest
class BewaarJteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    BewaarService bewaren;

    @Autowired
    Bewaartermijnen termijnen;

    @Autowired
    OrganisatieService organisaties;

    @Test
    void olderEmptyAndCarriedOutRuns() throws Exception {
        TestData.Wereld w = data.wereld();
        Medewerker fg = BewaarFixture.privacyfunctionaris(organisaties, w);
        mvc.perform(get("/privacy/bewaren").with(als(fg))).andExpect(status().isOk());
        BewaarRun leeg = bewaren.proefdraai(w.als(Rol.BEHEERDER), w.gemeente().id());
        mvc.perform(get("/privacy/bewaren/runs/" + leeg.id()).with(als(fg))).andExpect(status().isOk());

        termijnen.zet(w.als(Rol.BEHEERDER), w.gemeente().id(), 12);
        BewaarFixture.huishouden(data, trajecten, w, BewaarFixture.achternaam(), 13);
        BewaarRun oud = bewaren.proefdraai(w.als(Rol.BEHEERDER), w.gemeente().id());
        BewaarRun nieuw = bewaren.proefdraai(w.als(Rol.BEHEERDER), w.gemeente().id());
        mvc.perform(get("/privacy/bewaren/runs/" + oud.id()).with(als(fg))).andExpect(status().isOk());
        mvc.perform(get("/privacy/bewaren/runs/" + nieuw.id() + "/uitvoeren").with(als(fg))).andExpect(status().isOk());
        mvc.perform(post("/privacy/bewaren/runs/" + nieuw.id() + "/uitvoeren").with(als(fg)).with(csrf()))
            .andExpect(redirectedUrl("/privacy/bewaren/runs/" + nieuw.id()));
        mvc.perform(get("/privacy/bewaren/runs/" + nieuw.id()).with(als(fg))).andExpect(status().isOk());
        mvc.perform(get("/privacy/bewaren").with(als(fg))).andExpect(status().isOk());
    }
}
