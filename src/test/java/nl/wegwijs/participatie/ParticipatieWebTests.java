package nl.wegwijs.participatie;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The participation screens over HTTP: the page per role (budgetcoach: the consent notice), the htmx fragment and
 * the lazy file section, adding phases and placements as plain form posts, refusals next to the field with nothing
 * written, ending with a stale version.
 */
@IntegrationTest
class ParticipatieWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ParticipatieService participatie;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject a;
    HuishoudenId h;
    UUID samira;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        w = wereld.w();
        a = wereld.a();
        h = a.huishouden();
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), h).huishouden().hoofdpersoon().id();
    }

    private long aantal(String tabel) {
        return jdbc.sql("select count(*) from " + tabel + " where huishouden_id = ?").param(h.value())
            .query(Long.class).single();
    }

    private MockHttpServletRequestBuilder fase(Medewerker wie, String... velden) {
        MockHttpServletRequestBuilder r = post("/huishoudens/{id}/participatie/fasen", h).with(als(wie)).with(csrf())
            .param("persoon", samira.toString());
        for (int i = 0; i < velden.length; i += 2) {
            r.param(velden[i], velden[i + 1]);
        }
        return r;
    }

    private MockHttpServletRequestBuilder plaatsing(Medewerker wie, String... anders) {
        java.util.Map<String, String> velden = new java.util.LinkedHashMap<>();
        velden.put("deelnemer", samira.toString());
        velden.put("soort", "VRIJWILLIGERSWERK");
        velden.put("organisatie", "Voedselbank Haaglanden");
        velden.put("urenPerWeek", "8");
        velden.put("start", VANDAAG.minusDays(10).toString());
        for (int i = 0; i < anders.length; i += 2) {
            velden.put(anders[i], anders[i + 1]);
        }
        MockHttpServletRequestBuilder r = post("/huishoudens/{id}/participatie/plaatsingen", h).with(als(wie))
            .with(csrf());
        velden.forEach(r::param);
        return r;
    }

    @Test
    void aBegeleiderAddsTwoPhasesAtOnceAndThePageShowsTheDualRouteInWords() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        mvc.perform(fase(b, "fase", "MEEDOEN_EN_TAAL", "van", VANDAAG.minusMonths(2).toString(), "notitie",
                "Taalles drie ochtenden"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/huishoudens/" + h + "/participatie#persoon-" + samira))
            .andExpect(flash().attribute("melding", containsString("Fase 1")));
        mvc.perform(fase(b, "fase", "VRIJWILLIGERSWERK_OF_STAGE", "van", VANDAAG.minusDays(7).toString()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(plaatsing(b, "taalniveauAkkoord", "true", "taalniveau", "A1", "contactpersoon", "Els de Boer"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", containsString("Voedselbank Haaglanden")));
        assertThat(aantal("piezo_fase")).isEqualTo(2);
        assertThat(aantal("plaatsing")).isEqualTo(1);
        mvc.perform(get("/huishoudens/{id}/participatie", h).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Duaal traject")))
            .andExpect(content().string(containsString("Fase 1 · Meedoen en taal")))
            .andExpect(content().string(containsString("Fase 3 · Vrijwilligerswerk of stage")))
            .andExpect(content().string(containsString("Taalles drie ochtenden")))
            .andExpect(content().string(containsString("(loopt)")))
            .andExpect(content().string(containsString("Vrijwilligerswerk bij Voedselbank Haaglanden")))
            .andExpect(content().string(containsString("8 uur per week")))
            .andExpect(content().string(containsString("Taalniveau A1 doorgegeven")))
            // the volunteer reads, but gets no forms or end links
            .andExpect(content().string(not(containsString("id=\"fase-nieuw\""))))
            .andExpect(content().string(not(containsString("/einde"))));
        mvc.perform(get("/huishoudens/{id}/participatie", h).with(als(b)))
            .andExpect(content().string(containsString("id=\"fase-nieuw\"")))
            .andExpect(content().string(containsString("/einde")));
    }

    @Test
    void theBudgetcoachSeesTheConsentNoticeAndOthersOutsideTheHouseholdA404() throws Exception {
        participatie.voegPlaatsingToe(w.als(Rol.BEGELEIDER), h, new PlaatsingGegevens(samira,
                PlaatsingSoort.STAGE, "Garage Bakker", null, 16, VANDAAG.minusDays(3), null, null, false, false, null));
        mvc.perform(get("/huishoudens/{id}/participatie", h).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("wegwijs-toestemming-nodig")))
            .andExpect(content().string(not(containsString("Garage Bakker"))));
        mvc.perform(get("/huishoudens/{id}", h).with(als(w.als(Rol.BUDGETCOACH))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("participatie-kop")))
            .andExpect(content().string(not(containsString("data-hx-get=\"/huishoudens/" + h + "/participatie\""))));
        for (Medewerker wie : List.of(w.begeleiderB(), w.als(Rol.WIJKTEAM), data.wereld().als(Rol.REGIEVOERDER))) {
            mvc.perform(get("/huishoudens/{id}/participatie", h).with(als(wie))).andExpect(status().isNotFound());
            mvc.perform(fase(wie, "fase", "BASIS_OP_ORDE", "van", VANDAAG.toString()))
                .andExpect(status().isNotFound());
        }
        mvc.perform(fase(w.als(Rol.BUDGETCOACH), "fase", "BASIS_OP_ORDE", "van", VANDAAG.toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("niet vastleggen")));
        assertThat(aantal("piezo_fase")).isZero();
    }

    @Test
    void theFileHasALazySectionAndHtmxGetsOnlyTheContent() throws Exception {
        participatie.voegFaseToe(w.als(Rol.BEGELEIDER), h, new NieuweFase(samira, PiezoFase.BASIS_OP_ORDE,
                VANDAAG.minusMonths(4), null, null));
        mvc.perform(get("/huishoudens/{id}", h).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-hx-get=\"/huishoudens/" + h + "/participatie\"")))
            .andExpect(content().string(containsString("data-hx-trigger=\"revealed\"")))
            .andExpect(content().string(containsString("href=\"/huishoudens/" + h + "/participatie\"")))
            .andExpect(content().string(not(containsString("Fase 0 · Basis op orde"))));
        mvc.perform(get("/huishoudens/{id}/participatie", h).with(als(w.als(Rol.REGIEVOERDER)))
                .header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Fase 0 · Basis op orde")))
            .andExpect(content().string(not(containsString("<html"))))
            .andExpect(content().string(not(containsString("id=\"fase-nieuw\""))));
    }

    @Test
    void badInputIsShownNextToTheFieldAndNothingIsWritten() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        mvc.perform(fase(b, "fase", "MEEDOEN_EN_TAAL", "van", VANDAAG.toString(), "tot",
                VANDAAG.minusDays(1).toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("De einddatum kan niet vóór de begindatum liggen.")));
        mvc.perform(plaatsing(b, "urenPerWeek", "45"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("van 1 tot en met 40")));
        mvc.perform(plaatsing(b, "taalniveau", "B1"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alleen door als de deelnemer het goed vindt")));
        mvc.perform(plaatsing(b, "organisatie", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul de naam van de organisatie in.")));
        mvc.perform(fase(b, "fase", "MEEDOEN_EN_TAAL", "van", VANDAAG.minusMonths(1).toString()))
            .andExpect(status().is3xxRedirection());
        mvc.perform(fase(b, "fase", "MEEDOEN_EN_TAAL", "van", VANDAAG.toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("al in deze fase")));
        assertThat(aantal("piezo_fase")).isEqualTo(1);
        assertThat(aantal("plaatsing")).isZero();
    }

    @Test
    void endingAPlacementAndAPhaseWorksAsAFormAndAStaleVersionIsRefused() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        Plaatsing p = participatie.voegPlaatsingToe(b, h, new PlaatsingGegevens(samira,
                PlaatsingSoort.WERKERVARINGSPLAATS, "Gemeentewerf", null, 24, VANDAAG.minusMonths(2), null, null,
                false, false, null));
        String pad = "/huishoudens/" + h + "/participatie/plaatsingen/" + p.id() + "/einde";
        mvc.perform(get(pad).with(als(b))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Werkervaringsplaats bij Gemeentewerf")));
        mvc.perform(post(pad).with(als(b)).with(csrf()).param("versie", "1").param("einde", VANDAAG.toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kies een reden.")));
        mvc.perform(post(pad).with(als(b)).with(csrf()).param("versie", "1").param("einde", VANDAAG.toString())
                .param("reden", "BETAALD_WERK"))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", containsString("Gemeentewerf")));
        mvc.perform(post(pad).with(als(w.als(Rol.TEAMLEIDER))).with(csrf()).param("versie", "1")
                .param("einde", VANDAAG.toString()).param("reden", "VERHUISD"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(pad))
            .andExpect(flash().attribute("fout", containsString("")));
        assertThat(jdbc.sql("select einde_reden from plaatsing where id = ?").param(p.id().value())
            .query(String.class).single()).isEqualTo("BETAALD_WERK");
        mvc.perform(get("/huishoudens/{id}/participatie", h).with(als(b)))
            .andExpect(content().string(containsString("betaald werk gevonden")));

        FasePeriode f = participatie.voegFaseToe(b, h, new NieuweFase(samira, PiezoFase.BASIS_OP_ORDE,
                VANDAAG.minusMonths(4), null, null));
        String fasePad = "/huishoudens/" + h + "/participatie/fasen/" + f.id() + "/einde";
        mvc.perform(get(fasePad).with(als(w.als(Rol.VRIJWILLIGER)))).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<form class=\"utrecht-form\""))));
        mvc.perform(post(fasePad).with(als(b)).with(csrf()).param("versie", "1")
                .param("einde", VANDAAG.minusDays(1).toString()))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select tot from piezo_fase where id = ?").param(f.id().value())
            .query(LocalDate.class).single()).isEqualTo(VANDAAG.minusDays(1));
        mvc.perform(get("/huishoudens/{id}/participatie/fasen/{f}/einde", data.aanmelding(w, VANDAAG).huishouden(),
                f.id()).with(als(b))).andExpect(status().isNotFound());
    }
}
