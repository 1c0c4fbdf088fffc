package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 17: the forms in the Termijnen section that record the PIP date and the end of inburgering. */
@IntegrationTest
class TijdlijnFeitenWebTests {

    static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    TestData.Wereld w;
    Traject t;
    UUID samira;
    LocalDate brp = LocalDate.now().minusMonths(5);

    @BeforeEach
    void wereld() {
        w = data.wereld();
        t = data.aanmelding(w, brp);
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), t.id(), 2, w.als(Rol.VRIJWILLIGER).id(),
                nl.wegwijs.traject.ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        samira = trajecten.dossier(w.als(Rol.REGIEVOERDER), t.id()).orElseThrow().huishouden().personen().get(0)
            .id();
    }

    private String pad(String feit) {
        return "/trajecten/" + t.id() + "/personen/" + samira + "/" + feit;
    }

    @Test
    void theBegeleiderSeesTheFormsAndTheDeadlineWordsTheVolunteerSeesNoForm() throws Exception {
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("action=\"" + pad("pip") + "\"")))
            .andExpect(content().string(containsString("action=\"" + pad("inburgering") + "\"")))
            .andExpect(content().string(containsString("PIP vaststellen")))
            .andExpect(content().string(not(containsString("PIP vastgesteld"))))
            .andExpect(content().string(containsString("met verlenging uiterlijk "
                    + LANG.format(brp.plusMonths(18)))));
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString(pad("pip")))));
    }

    @Test
    void postingTheFormRecordsThePipAndTheRowShowsItAsDone() throws Exception {
        LocalDate op = brp.plusWeeks(9);
        mvc.perform(post(pad("pip")).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "0").param("datum", op.toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/huishoudens/" + t.huishouden() + "#termijnen-kop"))
            .andExpect(flash().attribute("melding", "De datum van het PIP is vastgelegd."));

        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(content().string(containsString("vastgesteld op " + LANG.format(op))))
            .andExpect(content().string(containsString("vastgelegd door " + w.als(Rol.BEGELEIDER).naam())));
        assertThat(trajecten.dossier(w.als(Rol.REGIEVOERDER), t.id()).orElseThrow().feiten(samira).versie())
            .isEqualTo(1);
    }

    @Test
    void aStaleFormAndAVolunteerAreRefusedWithAMessage() throws Exception {
        trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), samira, 0, brp.plusWeeks(8));

        mvc.perform(post(pad("pip")).with(als(w.als(Rol.BEGELEIDER))).with(csrf())
                .param("versie", "0").param("datum", brp.plusWeeks(1).toString()))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("fout"));
        mvc.perform(post(pad("inburgering")).with(als(w.als(Rol.VRIJWILLIGER))).with(csrf())
                .param("versie", "1").param("datum", LocalDate.now().toString()).param("afronding", "AFGEROND"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", "U mag deze wijziging niet doen."));

        var feiten = trajecten.dossier(w.als(Rol.REGIEVOERDER), t.id()).orElseThrow().feiten(samira);
        assertThat(feiten.pipVastgesteldOp()).isEqualTo(brp.plusWeeks(8));
        assertThat(feiten.inburgeringAfgerondOp()).isNull();
    }

    @Test
    void theInburgeringFormRecordsHowItEnded() throws Exception {
        mvc.perform(post(pad("inburgering")).with(als(w.als(Rol.REGIEVOERDER))).with(csrf())
                .param("versie", "0").param("datum", LocalDate.now().toString()).param("afronding", "VRIJSTELLING"))
            .andExpect(flash().attribute("melding", "De afronding van de inburgering is vastgelegd."));

        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(content().string(containsString("vrijstelling op " + LANG.format(LocalDate.now()))));
    }
}
