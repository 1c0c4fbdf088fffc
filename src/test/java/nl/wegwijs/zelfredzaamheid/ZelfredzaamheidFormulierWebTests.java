package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The screens' states the other web tests do not show (issue 21: in tests every JTE page is compared with its
 * Thymeleaf original): the follow-up measurement's form with its kind and the answers given kept after a refusal,
 * and the plan's form again with what was typed after a refused action.
 */
@IntegrationTest
class ZelfredzaamheidFormulierWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ZelfredzaamheidService zelf;

    @Test
    void aFollowUpFormKeepsItsKindAndAnswersAndAPlanFormKeepsWhatWasTyped() throws Exception {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        HuishoudenId h = wereld.a().huishouden();
        Medewerker b = wereld.w().als(Rol.BEGELEIDER);
        UUID samira = trajecten.inzage(wereld.w().als(Rol.TEAMLEIDER), h).huishouden().hoofdpersoon().id();
        Instrument vw = zelf.instrumenten().get(0);

        MockHttpServletRequestBuilder nulmeting = post("/huishoudens/{id}/zelfredzaamheid/meting", h).with(als(b))
            .with(csrf()).param("persoon", samira.toString()).param("datum", VANDAAG.minusMonths(2).toString());
        for (Domein d : vw.domeinen()) {
            for (UUID item : d.items()) {
                nulmeting.param("n-" + item, "2");
            }
        }
        mvc.perform(nulmeting).andExpect(status().is3xxRedirection());

        // the follow-up: the kind of measurement can be chosen
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid/meting", h).param("persoon", samira.toString())
                .with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"soort\"")));

        // refused (a level outside the scale): the form again with every answer as given
        MockHttpServletRequestBuilder vervolg = post("/huishoudens/{id}/zelfredzaamheid/meting", h).with(als(b))
            .with(csrf()).param("persoon", samira.toString()).param("datum", VANDAAG.toString())
            .param("soort", "TUSSENTIJDS").param("notitie", "Met tolk <en> buurvrouw");
        String[] antwoorden = { "9", "G", "NVT", "", "3", "4" };
        int i = 0;
        for (Domein d : vw.domeinen()) {
            for (UUID item : d.items()) {
                vervolg.param("n-" + item, antwoorden[i % antwoorden.length]);
                if (i % 2 == 0) {
                    vervolg.param("w-" + item, "HULP");
                }
                i++;
            }
        }
        mvc.perform(vervolg).andExpect(status().isOk())
            .andExpect(content().string(containsString("Met tolk &lt;en&gt; buurvrouw")));

        // an action refused (a partner without its name): the page keeps what was typed
        // the flash attributes come back through the session (Spring Session, by its cookie)
        var geweigerd = mvc.perform(post("/huishoudens/{id}/zelfredzaamheid/acties", h).with(als(b))
                .with(csrf()).param("meting", zelf.overzicht(b, h).laatsteMeting().id().toString())
                .param("domein", vw.domeinen().get(1).id().toString()).param("omschrijving", "Bellen met de bank")
                .param("uitvoerder", "PARTNER").param("prioriteit", "LATER"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
        org.assertj.core.api.Assertions.assertThat((java.util.Map<String, Object>) geweigerd.getFlashMap())
            .containsEntry("actieOmschrijving", "Bellen met de bank");
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid", h).with(als(b))
                .cookie(geweigerd.getResponse().getCookies()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"Bellen met de bank\"")));
    }
}
