package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.List;
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
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move to JTE (issue 21): the consent section of the household file from its JTE template is the one the Thymeleaf
 * fragment {@code toestemming/dossier :: onderdeel(o)} gave, with the same model: empty, with current consents, history
 * and an emergency override. (The file itself compares it once it is JTE.) Removed with Thymeleaf.
 */
@IntegrationTest
class ToestemmingOnderdeelHtmlTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService service;

    @Autowired
    ToestemmingDossier onderdeel;

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
        String oud = thymeleaf.process("toestemming/dossier", Set.of("onderdeel"),
                new WebContext(uitwisseling, nl, Map.of("o", model)));
        Locale vorige = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(nl);
        String nieuw;
        try {
            nieuw = jte.render("toestemming/dossier/onderdeel", Map.of("o", model));
        }
        finally {
            LocaleContextHolder.setLocale(vorige);
        }
        assertThat(TemplateRenderer.normaal(nieuw)).as(ik.rol().name()).isEqualTo(TemplateRenderer.normaal(oud));
    }

    @Test
    void theJteSectionIsTheThymeleafSection() {
        LocalDate vandaag = service.vandaag();
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, vandaag.minusMonths(2));
        TestData.Wereld w = wereld.w();
        HuishoudenId h = wereld.a().huishouden();
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        vergelijk(rv, h);

        List<Persoon> personen = trajecten.inzage(rv, h).huishouden().personen();
        service.legVast(begeleider, h, new NieuweToestemming(Set.of(personen.get(0).id(), personen.get(1).id()),
                w.gemeente().id(), Rol.REGIEVOERDER, Set.of(Gegevenssoort.NOTITIES, Gegevenssoort.VOORTGANG),
                Doel.REGIE, vandaag, null, Wijze.MONDELING_MET_TOLK, "Arabisch", vandaag.plusDays(3)));
        List<Toestemming> tweede = service.legVast(begeleider, h, new NieuweToestemming(
                Set.of(personen.get(0).id()), w.uitvoerder().id(), null, Set.of(Gegevenssoort.FINANCIEN),
                Doel.CONTACT_INSTANTIES, vandaag.minusDays(10), vandaag.plusMonths(3), Wijze.SCHRIFTELIJK, null, null));
        service.trekIn(begeleider, tweede.get(0).id(), tweede.get(0).versie(), "Wil het niet meer");
        vergelijk(rv, h);
        vergelijk(begeleider, h);

        service.doorbreek(rv, h, "Acuut gevaar, melding van de huisarts");
        vergelijk(rv, h);
    }
}
