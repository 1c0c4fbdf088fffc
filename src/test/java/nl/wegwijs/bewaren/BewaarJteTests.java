package nl.wegwijs.bewaren;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Bewaartermijnen;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
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

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

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
        UUID id = UUID.randomUUID();
        Map<String, Object> item = new HashMap<>();
        item.put("titel", "Zorgverzekering <afsluiten>");
        item.put("persoon", "Samira Haddad");
        item.put("status", "GEREGELD");
        item.put("wieDeedHet", "SAMEN");
        Map<String, Object> zonder = new HashMap<>();
        zonder.put("titel", "Energie");
        zonder.put("persoon", null);
        zonder.put("status", "OPEN");
        zonder.put("wieDeedHet", "");
        Map<String, Object> afspraak = new HashMap<>();
        afspraak.put("datum", "2024-01-01");
        afspraak.put("afspraken", "meterstanden doorgeven & bellen");
        var g = new VerhuisService.Geschiedenis(new Verhuisdossier.Gemeente("Tholen", "GM0716"),
                Instant.parse("2024-03-31T22:30:00Z"), new Verhuisdossier.Traject("ACTIEF", LocalDate.of(2024, 1, 5),
                        null, null, null, null, "VluchtelingenWerk"), List.of(item, zonder), List.of(afspraak));
        var kaal = new VerhuisService.Geschiedenis(new Verhuisdossier.Gemeente("Goes", "GM0664"),
                Instant.parse("2023-06-01T10:00:00Z"), null, List.of(), List.of());
        sectieGelijk(thymeleaf, jte, "bewaren/dossier", new VerhuisOnderdeel.Model(id, true, true, List.of()));
        sectieGelijk(thymeleaf, jte, "bewaren/dossier", new VerhuisOnderdeel.Model(id, true, false, List.of(g)));
        sectieGelijk(thymeleaf, jte, "bewaren/dossier", new VerhuisOnderdeel.Model(id, false, false, List.of(g, kaal)));
    }
}
