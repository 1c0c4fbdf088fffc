package nl.wegwijs.regie;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regie pages in the states the other tests leave out, so the test run compares each JTE template with its
 * Thymeleaf original (wegwijs.sjablonen.vergelijken): the overview filtered on an uitvoerder (chosen in the filter,
 * carried in every link), in English, and the list of one stage, with and without a phase.
 */
@IntegrationTest
class RegiePaginasWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void theOverviewFilteredAndTheListOfOneStage() throws Exception {
        TestData.Wereld w = data.wereld();
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        Traject t = trajecten.meldAan(regie, data.aanmeldingVoor(w, LocalDate.now().minusDays(80), "Stadium"));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        trajecten.meldAan(regie, data.aanmeldingVoor(w, LocalDate.now().minusDays(20), "Nieuw"));
        String u = w.uitvoerder().id().toString();

        mvc.perform(get("/regie").param("uitvoerder", u).with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("uitvoerder=" + u)));
        mvc.perform(get("/regie").param("lang", "en").with(als(regie))).andExpect(status().isOk());
        mvc.perform(get("/regie").param("uitvoerder", u).with(als(w.als(Rol.BELEID)))).andExpect(status().isOk());

        mvc.perform(get("/regie/huishoudens").param("cijfer", "stadium").param("status", "AANGEMELD")
                .param("fase", "").param("uitvoerder", u).with(als(regie)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nieuw")));
        mvc.perform(get("/regie/huishoudens").param("cijfer", "stadium").param("status", "INTAKE")
                .param("uitvoerder", u).with(als(regie)))
            .andExpect(status().isOk());
        mvc.perform(get("/regie/huishoudens").param("cijfer", "stadium").param("status", "ACTIEF")
                .param("fase", "FASE1").param("lang", "en").with(als(regie)))
            .andExpect(status().isOk());
        mvc.perform(get("/regie/huishoudens").param("cijfer", "pip-te-laat").param("uitvoerder", u)
                .with(als(regie)))
            .andExpect(status().isOk());
    }
}
