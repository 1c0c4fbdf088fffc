package nl.wegwijs.pip;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move to JTE (issue 21): the PIP section of the household file from its JTE template is the one the Thymeleaf
 * fragment {@code pip/dossier :: onderdeel(o)} gave, with the same model, for the regievoerder and for readers who
 * may not set the PIP. (The file itself compares it once it is JTE.) Removed with Thymeleaf.
 */
@IntegrationTest
class PipOnderdeelHtmlTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    PipDossier onderdeel;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    private void vergelijk(Medewerker ik, HuishoudenId h) {
        Inzage inzage = trajecten.inzage(ik, h);
        Object model = onderdeel.model(inzage, trajecten.dossier(inzage));
        Locale nl = Locale.forLanguageTag("nl");
        MockServletContext servlet = new MockServletContext();
        var uitwisseling = JakartaServletWebApplication.buildApplication(servlet)
            .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
        String oud = thymeleaf.process("pip/dossier", Set.of("onderdeel"),
                new WebContext(uitwisseling, nl, Map.of("o", model)));
        Locale vorige = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(nl);
        String nieuw;
        try {
            nieuw = jte.render("pip/dossier/onderdeel", Map.of("o", model));
        }
        finally {
            LocaleContextHolder.setLocale(vorige);
        }
        assertThat(TemplateRenderer.normaal(nieuw)).as(ik.rol().name()).isEqualTo(TemplateRenderer.normaal(oud));
    }

    @Test
    void theJteSectionIsTheThymeleafSection() {
        TestData.Wereld w = data.wereld();
        Traject t = data.aanmelding(w, LocalDate.now().minusMonths(4));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.TEAMLEIDER, Rol.BUDGETCOACH }) {
            vergelijk(w.als(rol), t.huishouden());
        }
    }
}
