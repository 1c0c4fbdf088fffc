package nl.wegwijs.bewaren;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Bewaartermijnen;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

@IntegrationTest
class BewaarWebTests {

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

    @Autowired
    JdbcClient jdbc;

    @Test
    void deBeheerderZetDeBewaartermijnInHetGemeentescherm() throws Exception {
        TestData.Wereld w = data.wereld();
        Medewerker beheerder = w.als(Rol.BEHEERDER);
        String pad = "/beheer/gemeenten/" + w.gemeente().id();
        mvc.perform(get(pad).with(als(beheerder)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"bewaartermijnMaanden\"")))
            .andExpect(content().string(containsString("value=\"24\"")));

        mvc.perform(post(pad + "/bewaartermijn").param("bewaartermijnMaanden", "36").with(als(beheerder)).with(csrf()))
            .andExpect(redirectedUrl(pad));
        assertThat(termijnen.maanden(w.gemeente().id())).isEqualTo(36);

        mvc.perform(post(pad + "/bewaartermijn").param("bewaartermijnMaanden", "0").with(als(beheerder)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("De bewaartermijn ligt tussen 1 en 600 maanden.")));
        assertThat(termijnen.maanden(w.gemeente().id())).isEqualTo(36);

        mvc.perform(post(pad + "/bewaartermijn").param("bewaartermijnMaanden", "1").with(als(w.als(Rol.REGIEVOERDER)))
            .with(csrf())).andExpect(status().isForbidden());
        assertThat(termijnen.maanden(w.gemeente().id())).isEqualTo(36);
    }

    @Test
    void dePrivacyfunctionarisZietDeProefdraaiZonderNamenEnVoertDieNaBevestigingUit() throws Exception {
        TestData.Wereld w = data.wereld();
        termijnen.zet(w.als(Rol.BEHEERDER), w.gemeente().id(), 12);
        String naam = BewaarFixture.achternaam();
        Traject t = BewaarFixture.huishouden(data, trajecten, w, naam, 13);
        Medewerker fg = BewaarFixture.privacyfunctionaris(organisaties, w);

        String run = mvc.perform(post("/privacy/bewaren/proefdraaien").param("gemeente", w.gemeente().id().toString())
            .with(als(fg)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
            .getRedirectedUrl();
        assertThat(run).startsWith("/privacy/bewaren/runs/");

        mvc.perform(get("/privacy/bewaren").with(als(fg)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(w.gemeente().naam())));
        mvc.perform(get(run).with(als(fg)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString(t.huishouden().value().toString())))
            .andExpect(content().string(not(containsString(naam))))
            .andExpect(content().string(containsString("Deze proefdraai uitvoeren")));
        mvc.perform(get(run + "/uitvoeren").with(als(fg)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Ja, anonimiseren")));
        // nothing happened yet
        assertThat(BewaarFixture.vindOveral(jdbc, naam)).contains("persoon.achternaam");

        mvc.perform(post(run + "/uitvoeren").with(als(fg)).with(csrf())).andExpect(redirectedUrl(run));
        assertThat(BewaarFixture.vindOveral(jdbc, naam)).isEmpty();
        mvc.perform(get(run).with(als(fg)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Geanonimiseerd")))
            .andExpect(content().string(not(containsString("Deze proefdraai uitvoeren"))));
        // a second confirmation does nothing more
        mvc.perform(post(run + "/uitvoeren").with(als(fg)).with(csrf())).andExpect(redirectedUrl(run));
        mvc.perform(get(run + "/uitvoeren").with(als(fg))).andExpect(redirectedUrl(run));
    }

    @Test
    void andereRollenZienGeenRuns() throws Exception {
        TestData.Wereld w = data.wereld();
        BewaarRun run = bewaren.proefdraai(w.als(Rol.BEHEERDER), w.gemeente().id());
        Medewerker fgAnder = BewaarFixture.privacyfunctionaris(organisaties, data.wereld());
        mvc.perform(get("/privacy/bewaren").with(als(w.als(Rol.BEHEERDER)))).andExpect(status().isOk());
        for (Medewerker m : new Medewerker[] { w.als(Rol.REGIEVOERDER), w.als(Rol.TEAMLEIDER), w.als(Rol.BELEID),
                w.als(Rol.BEGELEIDER), w.als(Rol.PRIVACYFUNCTIONARIS), fgAnder }) {
            if (m != fgAnder) {
                mvc.perform(get("/privacy/bewaren").with(als(m))).andExpect(status().isNotFound());
            }
            mvc.perform(get("/privacy/bewaren/runs/" + run.id()).with(als(m))).andExpect(status().isNotFound());
            mvc.perform(get("/privacy/bewaren/runs/" + run.id() + "/uitvoeren").with(als(m)))
                .andExpect(status().isNotFound());
            mvc.perform(post("/privacy/bewaren/runs/" + run.id() + "/uitvoeren").with(als(m)).with(csrf()))
                .andExpect(status().isNotFound());
            mvc.perform(post("/privacy/bewaren/proefdraaien").param("gemeente", w.gemeente().id().toString())
                .with(als(m)).with(csrf())).andExpect(status().isNotFound());
        }
    }
}
