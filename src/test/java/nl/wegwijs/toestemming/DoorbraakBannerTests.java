package nl.wegwijs.toestemming;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 22: an active emergency override stands at the top of the household file, before its sections and without
 * the consents section (which is loaded lazily lower on the page); only for the medewerker whose override it is, and
 * only while it is active.
 */
@IntegrationTest
class DoorbraakBannerTests {

    static final String BANNER = "id=\"doorbraak-actief\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService service;

    TestData.Wereld w;
    Traject a;
    Traject b;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
    }

    String dossier(Medewerker wie, HuishoudenId h) throws Exception {
        return mvc.perform(get("/huishoudens/{id}", h).with(als(wie))).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
    }

    @Test
    void anActiveOverrideStandsAtTheTopOfTheFile() throws Exception {
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        assertThat(dossier(rv, a.huishouden())).doesNotContain(BANNER)
            .doesNotContain("Noodsituatie: u ziet alles van dit huishouden.");

        service.doorbreek(rv, a.huishouden(), "Acuut gevaar: melding van de school over het jongste kind");
        String html = dossier(rv, a.huishouden());
        assertThat(html).contains(BANNER, "Noodsituatie: u ziet alles van dit huishouden.",
                "Reden: Acuut gevaar: melding van de school over het jongste kind");
        // at the top: before the first section, and not from the consents section (only its placeholder is here)
        assertThat(html.indexOf(BANNER)).isLessThan(html.indexOf("id=\"termijnen-kop\""));
        assertThat(html).doesNotContain("Noodsituatie: u ziet alles.");

        // the override is the regievoerder's on this household only
        assertThat(dossier(rv, b.huishouden())).doesNotContain(BANNER);
        assertThat(dossier(w.als(Rol.TEAMLEIDER), a.huishouden())).doesNotContain(BANNER);
    }
}
