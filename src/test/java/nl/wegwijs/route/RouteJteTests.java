package nl.wegwijs.route;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The move of the route card to JTE (issue 21): the pages in every language, empty and filled, and with a refused
 * form's values, rendered by JTE and compared with Thymeleaf by the test profile; and the printed card and services
 * list, whose XHTML from JTE must equal Thymeleaf's (removed with Thymeleaf).
 */
@IntegrationTest
class RouteJteTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    RouteService route;

    @Autowired
    Drukwerk drukwerk;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    TemplateRenderer jte;

    RouteFixture f;

    Medewerker vrijwilliger;

    @BeforeEach
    void wereld() {
        f = RouteFixture.maak(data, trajecten, kaart);
        vrijwilliger = f.w().als(Rol.VRIJWILLIGER);
    }

    private void vul() {
        route.legVast(vrijwilliger, f.a().huishouden(), null, Taal.AR, new Afspraken(Set.of(Dag.MA, Dag.WO),
                LocalTime.of(9, 0), LocalTime.of(12, 30), Set.of(Kanaal.TELEFOON, Kanaal.WHATSAPP), "06 1234 5678",
                Ontmoeting.TWEEWEKELIJKS, Set.of(ZelfTaak.POST_OPENEN, ZelfTaak.OV_REIZEN),
                "Bel gerust als u een brief <niet> begrijpt & belt."));
        route.voegPartnerToe(vrijwilliger, f.a().huishouden(), 1, f.huisarts().id(), null);
        route.voegPartnerToe(vrijwilliger, f.a().huishouden(), 2, f.taalmaatje().id(), "Oefent elke dinsdag.");
    }

    private void gelijk(String template, Locale taal, Map<String, Object> model) {
        String oud = thymeleaf.process(template, new Context(taal, model));
        String nieuw = drukwerk.html(template, taal, model);
        assertThat(TemplateRenderer.normaal(nieuw)).as(template + " " + taal).isEqualTo(TemplateRenderer.normaal(oud));
    }

    private void drukGelijk(Medewerker ik, nl.wegwijs.huishouden.HuishoudenId id) {
        for (Taal t : Taal.values()) {
            RouteService.Kaart k = route.lees(ik, id, t);
            for (Formaat formaat : Formaat.values()) {
                gelijk("route/kaart-pdf", t.locale(), Drukwerk.model(k, formaat));
            }
            gelijk("route/lijst-pdf", t.locale(), Drukwerk.model(route.dienstenlijst(ik, id, t)));
        }
    }

    @Test
    void thePrintedCardAndServicesListAreTheSameFromJte() {
        drukGelijk(f.w().begeleiderB(), f.b().huishouden());
        drukGelijk(vrijwilliger, f.a().huishouden());
        vul();
        drukGelijk(vrijwilliger, f.a().huishouden());
    }

    private void pagina(Medewerker ik, nl.wegwijs.huishouden.HuishoudenId id, String taal) throws Exception {
        var req = get("/huishoudens/{id}/route", id).with(als(ik));
        if (taal != null) {
            req = req.param("taal", taal);
        }
        mvc.perform(req).andExpect(status().isOk());
    }

    @Test
    void thePageInEveryLanguageEmptyAndFilled() throws Exception {
        pagina(f.w().begeleiderB(), f.b().huishouden(), null);
        pagina(vrijwilliger, f.a().huishouden(), null);
        vul();
        for (String taal : new String[] {null, "nl", "en", "ar", "ti"}) {
            pagina(vrijwilliger, f.a().huishouden(), taal);
        }
        pagina(f.w().als(Rol.TEAMLEIDER), f.a().huishouden(), null);
    }

    @Test
    void aRefusedFormComesBackWithItsValues() throws Exception {
        vul();
        // as in the browser: the refused post puts the values typed in the session's flash (the session store's
        // cookie carried along), the redirect shows them
        Cookie sessie = mvc.perform(post("/huishoudens/{id}/route", f.a().huishouden()).with(als(vrijwilliger))
                .with(csrf()).param("versie", "3").param("taal", "en").param("dagen", "DI", "VR").param("van", "17:00")
                .param("tot", "09:00").param("kanalen", "EMAIL").param("telefoon", "070 \"1\" & 2")
                .param("ontmoeting", "MAANDELIJKS").param("zelf", "TAALLES").param("notitie", "Een <b>notitie</b> & meer"))
            .andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
        assertThat(sessie).isNotNull();
        mvc.perform(get("/huishoudens/{id}/route", f.a().huishouden()).cookie(sessie).with(als(vrijwilliger)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("&lt;b&gt;notitie&lt;/b&gt;")));
        mvc.perform(post("/huishoudens/{id}/route/partners", f.a().huishouden()).cookie(sessie)
                .with(als(vrijwilliger)).with(csrf()).param("versie", "3").param("dienst", "geen-uuid")
                .param("wat", "Helpt snel"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/huishoudens/{id}/route", f.a().huishouden()).cookie(sessie).with(als(vrijwilliger)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Helpt snel")));
        mvc.perform(post("/huishoudens/{id}/route", f.a().huishouden()).cookie(sessie).with(als(vrijwilliger))
                .with(csrf()).param("taal", "klingon"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(get("/huishoudens/{id}/route", f.a().huishouden()).cookie(sessie).with(als(vrijwilliger)))
            .andExpect(status().isOk());
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
        var id = f.a().huishouden();
        java.time.LocalDate start = java.time.LocalDate.now().minusMonths(5);
        for (Route r : List.of(new Route(null, null, 0, null, null, List.of()),
                new Route(start, start.plusMonths(12), 5, 7, 12, List.of()),
                new Route(start, null, 5, null, null, List.of()))) {
            sectieGelijk(thymeleaf, jte, "route/dossier", new RouteDossier.Model(id, r, Taal.AR, Taal.alle()));
        }
    }
}
