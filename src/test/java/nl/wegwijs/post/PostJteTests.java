package nl.wegwijs.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
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
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.DossierOnderdeel;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move to JTE (issue 21): the letters section of the household file, {@code post/dossier/onderdeel.jte}, gives
 * the same HTML as Thymeleaf's {@code post/dossier :: onderdeel(o)} for the same model (the file itself is compared
 * once it is JTE; removed with Thymeleaf).
 */
@IntegrationTest
class PostJteTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    PostService post;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    @Autowired
    List<DossierOnderdeel> onderdelen;

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

    private void gelijk(Medewerker ik, HuishoudenId h) {
        DossierOnderdeel sectie = onderdelen.stream().filter(o -> o.template().equals("post/dossier")).findFirst()
            .orElseThrow();
        Inzage inzage = trajecten.inzage(ik, h);
        Object model = sectie.model(inzage, trajecten.dossier(inzage));
        for (Locale taal : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            LocaleContextHolder.setLocale(taal);
            String oud = thymeleaf.process("post/dossier", Set.of("onderdeel"), web(taal, model));
            String nieuw = jte.render("post/dossier/onderdeel", Map.of("o", model));
            // Thymeleaf writes a double quote in text as &quot;, JTE as is: the same text for the reader
            assertThat(TemplateRenderer.normaal(nieuw).replace("&quot;", "\"")).as(ik.rol() + " " + taal)
                .isEqualTo(TemplateRenderer.normaal(oud).replace("&quot;", "\""));
        }
    }

    private void allen(ApiFixture.TweeTeams wereld) {
        TestData.Wereld w = wereld.w();
        for (Rol rol : List.of(Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BUDGETCOACH)) {
            gelijk(w.als(rol), wereld.a().huishouden());
        }
    }

    @Test
    void theSectionIsTheSameFromJteEmptyFullAndPerReader() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        allen(wereld);
        TestData.Wereld w = wereld.w();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        HuishoudenId h = wereld.a().huishouden();
        java.util.UUID persoon = trajecten.dossier(trajecten.inzage(tl, h)).huishouden().personen().get(0).id();
        Afzender[] afzenders = Afzender.values();
        for (int i = 0; i < 12; i++) {
            LocalDate deadline = i % 4 == 0 ? null : VANDAAG.plusDays(i * 2L - 8);
            Afzender afzender = afzenders[i % afzenders.length];
            Brief b = post.registreer(tl, h, new BriefGegevens(i % 3 == 0 ? persoon : null, afzender,
                    afzender == Afzender.ANDERS || i % 5 == 0 ? "Gemeente <Tholen> & zo" : null,
                    VANDAAG.minusDays(20 + i), "Brief " + i + " \"over\" iets", i % 2 == 0 ? "Bellen & sturen" : null,
                    deadline, BriefStatus.OPEN, null, null));
            if (i % 4 == 1) {
                post.handelAf(tl, b.id(), b.versie(), AfgehandeldDoor.values()[i % AfgehandeldDoor.values().length]);
            }
        }
        allen(wereld);
    }
}
