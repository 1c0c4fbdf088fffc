package nl.wegwijs.tevredenheid;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thymeleaf.ITemplateEngine;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The satisfaction pages in their states, so the test run compares each JTE template with its Thymeleaf original
 * (wegwijs.sjablonen.vergelijken): the questionnaire fresh and after a refusal with the answers kept, the report
 * with too few answers and with enough (the comments too), and the household file's section by both engines.
 */
@IntegrationTest
class TevredenheidPaginasWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    TevredenheidService service;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    @AfterEach
    void taal() {
        LocaleContextHolder.resetLocaleContext();
    }

    HuishoudenId huishouden(TestData.Wereld w, boolean gestart) {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(6));
        if (gestart) {
            trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
            long versie = trajecten.dossier(tl, t.huishouden()).orElseThrow().traject().versie();
            trajecten.start(tl, t.id(), versie, LocalDate.now().minusMonths(5));
        }
        return t.huishouden();
    }

    @Test
    void theQuestionnaireAndTheReport() throws Exception {
        TestData.Wereld w = data.wereld(6);
        Medewerker b = w.als(Rol.BEGELEIDER);
        HuishoudenId h = huishouden(w, true);
        mvc.perform(get("/huishoudens/{id}/tevredenheid", h).with(als(b))).andExpect(status().isOk());
        mvc.perform(get("/huishoudens/{id}/tevredenheid", h).param("lang", "en").with(als(b)))
            .andExpect(status().isOk());
        // refused (an answer off the scale): the redirect's flash (in the session) brings the answers back
        MvcResult fout = mvc.perform(post("/huishoudens/{id}/tevredenheid", h).with(als(b)).with(csrf())
                .param("V1", "9").param("V2", "3").param("V3", "").param("opmerking", "Fijn & <goed>")
                .param("wijze", "SAMEN"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("waarden"))
            .andReturn();
        mvc.perform(get("/huishoudens/{id}/tevredenheid", h).cookie(fout.getResponse().getCookies()).with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("class=\"utrecht-alert utrecht-alert--error\"")))
            .andExpect(content().string(containsString("Fijn &amp; &lt;goed&gt;")));
        gelijk(b, h);
        // the report with too few answers
        mvc.perform(get("/tevredenheid").with(als(w.als(Rol.BELEID)))).andExpect(status().isOk());

        service.legVast(b, h, invoer(4, "Fijn dat ik weet waar ik heen kan."));
        gelijk(b, h);
        mvc.perform(get("/huishoudens/{id}/tevredenheid", h).with(als(b))).andExpect(status().isOk());
        for (int i = 0; i < 4; i++) {
            service.legVast(b, huishouden(w, true), invoer(i % 2 == 0 ? 5 : 3, i == 0 ? null : "Opmerking " + i));
        }
        mvc.perform(get("/tevredenheid").with(als(w.als(Rol.BELEID)))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Fijn dat ik weet waar ik heen kan.")));
        mvc.perform(get("/tevredenheid").param("moment", "EINDE").param("lang", "en")
                .with(als(w.als(Rol.TEAMLEIDER)))).andExpect(status().isOk());
        mvc.perform(get("/tevredenheid").param("jaar", "1200").with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk());

        // not started: no questionnaire yet
        HuishoudenId nieuw = huishouden(w, false);
        mvc.perform(get("/huishoudens/{id}/tevredenheid", nieuw).with(als(w.als(Rol.TEAMLEIDER))))
            .andExpect(status().isOk());
        gelijk(w.als(Rol.TEAMLEIDER), nieuw);
        // one that opens later (a two-year guidance: after the first year)
        TestData.Wereld lang = data.wereld(24);
        HuishoudenId later = huishouden(lang, true);
        mvc.perform(get("/huishoudens/{id}/tevredenheid", later).with(als(lang.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk());
        gelijk(lang.als(Rol.BEGELEIDER), later);
    }

    static TevredenheidService.Invoer invoer(int waarde, String opmerking) {
        Map<Vraag, Integer> a = new EnumMap<>(Vraag.class);
        for (Vraag v : Vraag.values()) {
            a.put(v, v == Vraag.V6 ? null : waarde);
        }
        return new TevredenheidService.Invoer(Invulwijze.SAMEN, a, opmerking);
    }

    /** The household file's satisfaction section as this medewerker sees it, in Dutch and English. */
    private void gelijk(Medewerker m, HuishoudenId h) {
        Inzage inzage = trajecten.inzage(m, h);
        TevredenheidService.Stand stand = service.stand(inzage, trajecten.dossier(inzage));
        for (Locale taal : new Locale[] { Locale.forLanguageTag("nl"), Locale.ENGLISH }) {
            LocaleContextHolder.setLocale(taal);
            String oud = thymeleaf.process("tevredenheid/dossier", Set.of("onderdeel"),
                    new WebContext(webApplicatie().buildExchange(new MockHttpServletRequest(),
                    new MockHttpServletResponse()), taal, Map.of("o", stand)));
            String nieuw = jte.render("tevredenheid/dossier/onderdeel", Map.of("o", stand));
            assertThat(TemplateRenderer.normaal(nieuw)).isEqualTo(TemplateRenderer.normaal(oud));
        }
    }

    /** Thymeleaf's links need a web context (the fragment is rendered outside a request here). */
    private static JakartaServletWebApplication webApplicatie() {
        return JakartaServletWebApplication.buildApplication(new MockServletContext());
    }
}
