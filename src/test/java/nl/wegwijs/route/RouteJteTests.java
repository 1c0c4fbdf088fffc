package nl.wegwijs.route;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import nl.wegwijs.route.web.RouteController;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
        LinkedHashMap<String, List<String>> afspraken = new LinkedHashMap<>();
        afspraken.put("versie", List.of("3"));
        afspraken.put("taal", List.of("en"));
        afspraken.put("dagen", List.of("DI", "VR"));
        afspraken.put("van", List.of("17:00"));
        afspraken.put("tot", List.of("09:00"));
        afspraken.put("kanalen", List.of("EMAIL"));
        afspraken.put("telefoon", List.of("070 \"1\" <2>"));
        afspraken.put("ontmoeting", List.of("MAANDELIJKS"));
        afspraken.put("zelf", List.of("TAALLES"));
        afspraken.put("notitie", List.of("Een <b>notitie</b> & meer"));
        mvc.perform(get("/huishoudens/{id}/route", f.a().huishouden()).with(als(vrijwilliger))
                .flashAttr("waarden", new RouteController.Waarden(afspraken)).flashAttr("formulier", "afspraken"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("&lt;b&gt;notitie&lt;/b&gt;")));
        LinkedHashMap<String, List<String>> partner = new LinkedHashMap<>();
        partner.put("versie", List.of("3"));
        partner.put("dienst", List.of(f.wijkteam().id().toString()));
        partner.put("wat", List.of("Helpt \"snel\""));
        mvc.perform(get("/huishoudens/{id}/route", f.a().huishouden()).with(als(vrijwilliger))
                .flashAttr("waarden", new RouteController.Waarden(partner)).flashAttr("formulier", "partner"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Helpt &#34;snel&#34;")));
        mvc.perform(get("/huishoudens/{id}/route", f.a().huishouden()).with(als(vrijwilliger))
                .flashAttr("waarden", new RouteController.Waarden(new LinkedHashMap<>())).flashAttr("formulier", "afspraken"))
            .andExpect(status().isOk());
    }
}
