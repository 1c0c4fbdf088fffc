package nl.wegwijs.overleg;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The move of the casuïstiekoverleg screens to JTE (issue 21): every page empty and filled (agenda, minutes,
 * agreements open and done), for the organiser and a teamleider, rendered by JTE and compared with Thymeleaf by the
 * test profile; and the printed minutes, whose XHTML from JTE must equal Thymeleaf's (removed with Thymeleaf).
 */
@IntegrationTest
class OverlegJteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    OverlegService overleg;

    @Autowired
    Verslagdruk verslagdruk;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    OverlegFixture f;

    @BeforeEach
    void wereld() {
        f = OverlegFixture.maak(data, trajecten, organisaties);
    }

    private void ok(Medewerker ik, String pad, Object... args) throws Exception {
        mvc.perform(get(pad, args).with(als(ik))).andExpect(status().isOk());
    }

    private void verslagGelijk(Medewerker ik, UUID o) {
        OverlegService.OverlegPagina pagina = overleg.pagina(ik, o);
        for (Locale taal : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
            String oud = thymeleaf.process("overleg/verslag-pdf", new Context(taal, Map.of("o", pagina)));
            String nieuw = verslagdruk.html(pagina, taal);
            assertThat(TemplateRenderer.normaal(nieuw)).as(taal.toString()).isEqualTo(TemplateRenderer.normaal(oud));
        }
    }

    @Test
    void everyPageAndTheMinutesFromJte() throws Exception {
        ok(f.rv(), "/overleg");
        ok(f.tl(), "/overleg");
        ok(f.tl(), "/overleg/afspraken");
        UUID h = f.a().huishouden().value();
        ok(f.tl(), "/huishoudens/{id}/overleg", h);

        mvc.perform(post("/overleg/reeksen").with(als(f.rv())).with(csrf()).param("naam", "Overleg <Woerden>")
                .param("frequentieWeken", "4").param("medewerkers", f.tl().id().toString())
                .param("extern", "Anouk Smit, Wmo-consulent\nPiet Bakker"))
            .andExpect(status().is3xxRedirection());
        UUID reeks = overleg.startpagina(f.rv()).reeksen().get(0).id();
        Overleg o = overleg.planOverleg(f.rv(), reeks, LocalDate.now().plusDays(2));
        try {
            overleg.planOverleg(f.rv(), reeks, LocalDate.now().minusDays(14));
        }
        catch (DomeinFout e) {
            // a meeting in the past may not be planned: the page then has none behind it
        }
        ok(f.rv(), "/overleg");
        ok(f.tl(), "/overleg");
        ok(f.rv(), "/overleg/{id}", o.id());
        verslagGelijk(f.rv(), o.id());

        ok(f.tl(), "/huishoudens/{id}/overleg", h);
        mvc.perform(get("/huishoudens/{id}/overleg", h).with(als(f.tl())).header("HX-Request", "true"))
            .andExpect(status().isOk());
        mvc.perform(post("/huishoudens/{id}/overleg", h).with(als(f.tl())).with(csrf())
                .param("overleg", o.id().toString()).param("vraag", "Verlenging van de begeleiding?"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/overleg/{id}/agenda", o.id()).with(als(f.rv())).with(csrf()).param("versie", "1"))
            .andExpect(status().is3xxRedirection());
        Agendapunt p = overleg.pagina(f.tl(), o.id()).punten().get(0).punt();
        mvc.perform(post("/overleg/punten/{p}/verslag", p.id()).with(als(f.tl())).with(csrf())
                .param("overlegId", o.id().toString()).param("versie", String.valueOf(p.versie()))
                .param("besproken", "Afgestemd met school.\nTweede regel & meer."))
            .andExpect(status().is3xxRedirection());
        for (String wat : new String[] {"Verlengingsverzoek indienen", "School bellen"}) {
            mvc.perform(post("/overleg/punten/{p}/afspraken", p.id()).with(als(f.rv())).with(csrf())
                    .param("overlegId", o.id().toString()).param("omschrijving", wat)
                    .param("eigenaar", f.tl().id().toString()).param("uiterlijk", o.datum().plusDays(14).toString()))
                .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/overleg/punten/{p}/afspraken", p.id()).with(als(f.rv())).with(csrf())
                .param("overlegId", o.id().toString()).param("omschrijving", "Extern iets")
                .param("eigenaarNaam", "Anouk Smit").param("uiterlijk", o.datum().plusDays(7).toString()))
            .andExpect(status().is3xxRedirection());
        Afspraak a = overleg.mijnAfspraken(f.tl()).get(0).afspraak();
        mvc.perform(post("/overleg/afspraken/{id}/status", a.id()).with(als(f.tl())).with(csrf())
                .param("versie", String.valueOf(a.versie())).param("status", "GEDAAN").param("terug", "overleg"))
            .andExpect(status().is3xxRedirection());

        ok(f.rv(), "/overleg/{id}", o.id());
        ok(f.tl(), "/overleg/{id}", o.id());
        ok(f.tl(), "/overleg/afspraken");
        ok(f.tl(), "/huishoudens/{id}/overleg", h);
        mvc.perform(get("/huishoudens/{id}/overleg", h).with(als(f.tl())).header("HX-Request", "true"))
            .andExpect(status().isOk());
        verslagGelijk(f.rv(), o.id());
        verslagGelijk(f.tl(), o.id());
    }

    /** A household file section from Thymeleaf (its fragment onderdeel) and from JTE, for the same model o. */
    static void sectieGelijk(ITemplateEngine thymeleaf, TemplateRenderer jte, String template, Object o) {
        var app = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(
                new org.springframework.mock.web.MockServletContext());
        var exchange = app.buildExchange(new org.springframework.mock.web.MockHttpServletRequest(),
                new org.springframework.mock.web.MockHttpServletResponse());
        var context = new org.thymeleaf.context.WebContext(exchange,
                org.springframework.context.i18n.LocaleContextHolder.getLocale(), Map.of("o", o));
        String oud = thymeleaf.process(template, java.util.Set.of("onderdeel"), context);
        String nieuw = jte.render(template + "/onderdeel", Map.of("o", o));
        assertThat(TemplateRenderer.normaal(nieuw)).as(template).isEqualTo(TemplateRenderer.normaal(oud));
    }

    @Test
    void theHouseholdFileSection() {
        sectieGelijk(thymeleaf, jte, "overleg/dossier", new OverlegDossier.Model(f.a().huishouden().value(), true));
    }
}
