package nl.wegwijs.zelfredzaamheid.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.TemplateRenderer;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.Meting;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The move to JTE (issue 21): the printed begeleidingsplan's XHTML from the JTE template equals what the Thymeleaf
 * template gave, for a plan with two measurements, open and finished actions. Removed with Thymeleaf.
 */
@IntegrationTest
class PlandrukTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ZelfredzaamheidService zelf;

    @Autowired
    ITemplateEngine thymeleaf;

    @Autowired
    Plandruk plandruk;

    MockHttpServletRequestBuilder meting(HuishoudenId h, UUID persoon, Instrument vw, Medewerker wie, LocalDate op,
            String niveau, String afwijkend) {
        MockHttpServletRequestBuilder r = post("/huishoudens/{id}/zelfredzaamheid/meting", h).with(als(wie))
            .with(csrf()).param("persoon", persoon.toString()).param("datum", op.toString())
            .param("notitie", "Samen met tolk");
        boolean eerste = true;
        for (Domein d : vw.domeinen()) {
            for (UUID item : d.items()) {
                r.param("n-" + item, eerste ? afwijkend : niveau).param("w-" + item, "NETWERK");
                eerste = false;
            }
        }
        return r;
    }

    @Test
    void theJtePlanIsTheThymeleafPlan() throws Exception {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        Traject a = wereld.a();
        HuishoudenId h = a.huishouden();
        Medewerker b = wereld.w().als(Rol.BEGELEIDER);
        UUID samira = trajecten.inzage(wereld.w().als(Rol.TEAMLEIDER), h).huishouden().hoofdpersoon().id();
        Instrument vw = zelf.instrumenten().get(0);

        mvc.perform(meting(h, samira, vw, b, VANDAAG.minusMonths(3), "2", "3")).andExpect(status().is3xxRedirection());
        mvc.perform(meting(h, samira, vw, b, VANDAAG, "4", "G")).andExpect(status().is3xxRedirection());
        Meting m = zelf.overzicht(b, h).laatsteMeting();
        for (String[] actie : new String[][] { { "Samen de vaste lasten op een rij zetten & <bellen>", "BEGELEIDER", "", "URGENT" },
                { "Bibliotheekpas halen", "PERSOON", "", "LATER" }, { "Taalcafé", "PARTNER", "Bibliotheek 't Web", "BELANGRIJK" } }) {
            MockHttpServletRequestBuilder r = post("/huishoudens/{id}/zelfredzaamheid/acties", h).with(als(b))
                .with(csrf()).param("meting", m.id().toString()).param("domein", vw.domeinen().get(2).id().toString())
                .param("omschrijving", actie[0]).param("uitvoerder", actie[1]).param("prioriteit", actie[3]);
            if (!actie[2].isEmpty()) {
                r.param("partner", actie[2]);
            }
            mvc.perform(r).andExpect(status().is3xxRedirection());
        }
        var eerste = zelf.overzicht(b, h).acties().stream().filter(x -> x.omschrijving().startsWith("Bibliotheek"))
            .findFirst().orElseThrow();
        mvc.perform(post("/huishoudens/{id}/zelfredzaamheid/acties/{a}", h, eerste.id()).with(als(b)).with(csrf())
                .param("versie", "1").param("afgerond", "true"))
            .andExpect(status().is3xxRedirection());

        ZelfredzaamheidService.Overzicht o = zelf.overzicht(b, h);
        assertThat(o.afgerondeActies()).isNotEmpty();
        assertThat(o.openActies()).hasSize(2);
        List<Voortgang> voortgang = ZelfredzaamheidController.voortgang(o);

        // what Plandruk did before the move
        Context context = new Context(LocaleContextHolder.getLocale(), Map.of("o", o, "h", o.inzage().huishouden(),
                "voortgang", voortgang, "vandaag", VANDAAG));
        String oud = thymeleaf.process("zelfredzaamheid/plan-pdf", context);
        String nieuw = plandruk.html(o, voortgang, VANDAAG);

        assertThat(TemplateRenderer.normaal(nieuw)).isEqualTo(TemplateRenderer.normaal(oud));
        assertThat(nieuw).contains("Bibliotheekpas halen");
        assertThat(plandruk.pdf(o, voortgang, VANDAAG)).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
