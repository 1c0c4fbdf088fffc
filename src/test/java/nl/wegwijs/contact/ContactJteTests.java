package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.ITemplateEngine;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move to JTE (issue 21): the contacts section of the household file, {@code contact/dossier/onderdeel.jte},
 * gives the same HTML as Thymeleaf's {@code contact/dossier :: onderdeel(o)} for the same model, per reader, without
 * and with contacts and group sessions (the file itself is compared once it is JTE; removed with Thymeleaf).
 */
@IntegrationTest
class ContactJteTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    ContactService contacten;

    @Autowired
    GroepsbijeenkomstService bijeenkomsten;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    @Autowired
    List<DossierOnderdeel> onderdelen;

    ContactFixture f;

    @BeforeEach
    void wereld() {
        f = ContactFixture.maak(data, trajecten, huishoudens);
    }

    @AfterEach
    void taal() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** Thymeleaf's links need a web context. */
    private static WebContext web(Locale taal, Object model) {
        MockServletContext servlet = new MockServletContext();
        return new WebContext(JakartaServletWebApplication.buildApplication(servlet)
            .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse()), taal, Map.of("o", model));
    }

    private void gelijk(Medewerker ik) {
        DossierOnderdeel sectie = onderdelen.stream().filter(o -> o.template().equals("contact/dossier"))
            .findFirst().orElseThrow();
        Inzage inzage = trajecten.inzage(ik, f.a());
        Object model = sectie.model(inzage, trajecten.dossier(inzage));
        for (Locale taal : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            LocaleContextHolder.setLocale(taal);
            String oud = thymeleaf.process("contact/dossier", Set.of("onderdeel"),
                    web(taal, model));
            String nieuw = jte.render("contact/dossier/onderdeel", Map.of("o", model));
            assertThat(TemplateRenderer.normaal(nieuw)).as(ik.rol() + " " + taal)
                .isEqualTo(TemplateRenderer.normaal(oud));
        }
    }

    private void allen() {
        for (Rol rol : List.of(Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BUDGETCOACH)) {
            gelijk(f.als(rol));
        }
    }

    @Test
    void theSectionIsTheSameFromJteWithoutAndWithContactsPerReader() {
        allen();
        Medewerker vw = f.als(Rol.VRIJWILLIGER);
        Medewerker bg = f.als(Rol.BEGELEIDER);
        contacten.legVast(vw, f.a(), f.bezoekA(VANDAAG.minusDays(40), vw));
        allen();
        ContactInvoer bezoek = f.bezoekA(VANDAAG.minusDays(3), vw, bg);
        contacten.legVast(vw, f.a(), new ContactInvoer(bezoek.datum(), 90, bezoek.soort(), Set.copyOf(f.personenA()),
                bezoek.medewerkers(), Tolk.PROFESSIONEEL, "Tigrinya", Set.of(Thema.WONEN, Thema.GEZONDHEID),
                "Samen <bellen> & \"mailen\"", bezoek.notitie(), VANDAAG.plusDays(10)));
        Groepsbijeenkomst g = bijeenkomsten.registreer(f.als(Rol.TEAMLEIDER), new GroepsbijeenkomstInvoer(
                "Taalcafé <1>", Bijeenkomstsoort.ANDERS, Thema.SOCIAAL_NETWERK, VANDAAG, 60, null, null, null, null,
                null));
        bijeenkomsten.voegDeelnemersToe(vw, g.id(), f.a(), f.personenA());
        allen();
    }
}
