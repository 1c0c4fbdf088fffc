package nl.wegwijs.traject.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move of traject's own sections of the household file from Thymeleaf to JTE (issue 21): the handover summary
 * ({@code traject/overdracht :: onderdeel}) and the placeholder of a lazy section ({@code traject/lui :: onderdeel})
 * give the same HTML from both engines for the same model. The file itself renders them by name, so until the file
 * is JTE no page compares them; this test does. Removed with Thymeleaf.
 */
@IntegrationTest
class DossierOnderdeelSjabloonTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    Clock clock;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    @Test
    void deOverdrachtEnDePlaatshouderZijnGelijk() {
        TestData.Wereld w = data.wereld();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        Traject t = data.aanmelding(w, LocalDate.now(clock).minusMonths(2));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.wijsToe(tl, t.id(), 2, w.als(Rol.BEGELEIDER).id(), ToewijzingRol.BEGELEIDER,
                LocalDate.now(clock).minusDays(5));
        trajecten.start(tl, t.id(), 3, LocalDate.now(clock).minusDays(5));
        trajecten.sluitAf(tl, t.id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT,
                LocalDate.now(clock), "Schulden besproken met het wijkteam");
        Inzage inzage = trajecten.inzage(w.als(Rol.WIJKTEAM), t.huishouden());
        Dossier d = trajecten.dossier(inzage);
        Object overdracht = new OverdrachtOnderdeel().model(inzage, d);
        assertThat(overdracht).isNotNull();
        Object lui = new DossierController.Lui("toestemming", "dossier.onderdeel.toestemming", t.huishouden());
        for (Locale taal : new Locale[] {Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
            gelijk("traject/overdracht", overdracht, taal);
            gelijk("traject/lui", lui, taal);
        }
    }

    private void gelijk(String template, Object o, Locale taal) {
        Locale vorige = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(taal);
        try {
            MockHttpServletRequest request = new MockHttpServletRequest();
            var web = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, new MockHttpServletResponse());
            String oud = thymeleaf.process(template, Set.of("onderdeel"), new WebContext(web, taal, Map.of("o", o)));
            String nieuw = jte.render(template + "/onderdeel", Map.of("o", o));
            assertThat(oud).contains("<section");
            assertThat(TemplateRenderer.normaal(nieuw)).isEqualTo(TemplateRenderer.normaal(oud));
        }
        finally {
            LocaleContextHolder.setLocale(vorige);
        }
    }
}
