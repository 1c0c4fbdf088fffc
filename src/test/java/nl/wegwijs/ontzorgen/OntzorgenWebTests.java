package nl.wegwijs.ontzorgen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.SqlTeller;
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
 * The budgetcoach's screens over HTTP: the worklist (start page, warnings, keyset, a constant number of statements),
 * the finance page and its htmx fragment, the forms (plain posts with redirect, a refusal keeps what was typed), the
 * lazy section in the household file, and access per role.
 */
@IntegrationTest
class OntzorgenWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OntzorgenService ontzorgen;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject t;
    Medewerker coach;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        t = data.aanmelding(w, VANDAAG.minusMonths(7));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        coach = w.als(Rol.BUDGETCOACH);
    }

    /** Ontzorgen that ends in two weeks with one session: the warning. */
    private Ontzorgen eindigtBinnenkort(Traject traject) {
        Ontzorgen o = ontzorgen.legVast(coach, traject.huishouden(), null,
                new OntzorgenService.Invoer(VANDAAG.plusWeeks(2).minusMonths(6), null, null, null));
        o = ontzorgen.voegGesprekToe(coach, traject.huishouden(), o.versie(), new OntzorgenService.NieuwGesprek(
                VANDAAG.minusMonths(2), GesprekStatus.GEHOUDEN, "Budgetplan", null));
        return ontzorgen.zetMaand(coach, traject.huishouden(), o.versie(), YearMonth.from(VANDAAG).minusMonths(2),
                MaandStatus.ACHTERSTAND, "huur te laat");
    }

    @Test
    void budgetcoachStartsOnTheWorklistWithWarnings() throws Exception {
        eindigtBinnenkort(t);
        mvc.perform(get("/").with(als(coach))).andExpect(redirectedUrl("/ontzorgen"));
        mvc.perform(get("/ontzorgen").with(als(coach)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Haddad, Samira")))
            .andExpect(content().string(containsString("Let op: eindigt zonder overgang")))
            .andExpect(content().string(containsString("1 van 4 gesprekken")))
            .andExpect(content().string(containsString("1 maand achterstand")))
            .andExpect(content().string(containsString("href=\"/ontzorgen\"")));
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? and record_soort = 'ontzorgen'"
                + " and huishouden_id = ?").param(coach.id()).param(t.huishouden().value()).query(Long.class)
            .single()).isGreaterThanOrEqualTo(1);
        // the worklist is the budgetcoach's: others go to their own start page
        mvc.perform(get("/ontzorgen").with(als(w.als(Rol.BEGELEIDER)))).andExpect(redirectedUrl("/"));
        mvc.perform(get("/ontzorgen").with(als(w.als(Rol.REGIEVOERDER)))).andExpect(redirectedUrl("/"));
    }

    @Test
    void worklistCostsTheSameStatementsForTwoOrSixHouseholds() throws Exception {
        TestData.Wereld eigen = data.wereld();
        Medewerker c = eigen.als(Rol.BUDGETCOACH);
        for (int i = 0; i < 2; i++) {
            begin(eigen, c, i);
        }
        SqlTeller.Telling twee = SqlTeller.tel(() -> mvc.perform(get("/ontzorgen").with(als(c)))
            .andExpect(status().isOk()));
        for (int i = 2; i < 6; i++) {
            begin(eigen, c, i);
        }
        SqlTeller.Telling zes = SqlTeller.tel(() -> mvc.perform(get("/ontzorgen").with(als(c)))
            .andExpect(status().isOk()));
        assertThat(zes.aantal()).as(zes.toString()).isEqualTo(twee.aantal());
        assertThat(zes.statements().stream().filter(s -> s.contains("ontzorgen")).count()).as(zes.toString())
            .isEqualTo(1);
        assertThat(zes.statements().stream().filter(s -> s.contains("insert into verwerking")).count())
            .as(zes.toString()).isEqualTo(1);
    }

    private void begin(TestData.Wereld eigen, Medewerker c, int i) {
        Traject x = trajecten.meldAan(eigen.als(Rol.REGIEVOERDER),
                data.aanmeldingVoor(eigen, VANDAAG.minusMonths(2), "Gezin" + i));
        Ontzorgen o = ontzorgen.legVast(c, x.huishouden(), null,
                new OntzorgenService.Invoer(VANDAAG.minusMonths(1).minusDays(i), null, null, null));
        ontzorgen.voegGesprekToe(c, x.huishouden(), o.versie(), new OntzorgenService.NieuwGesprek(VANDAAG,
                GesprekStatus.GEHOUDEN, "Budgetplan", null));
    }

    @Test
    void pageShowsTheFinancePartAndTheHtmxRequestOnlyItsFragment() throws Exception {
        Ontzorgen o = eindigtBinnenkort(t);
        ontzorgen.voegVasteLastToe(coach, t.huishouden(), o.versie(), new OntzorgenService.NieuweVasteLast(
                VasteLastSoort.HUUR, "Haag Wonen", new BigDecimal("612.50"), o.start(), null));
        mvc.perform(get("/huishoudens/{id}/ontzorgen", t.huishouden()).with(als(coach)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<h1")))
            .andExpect(content().string(containsString("Haag Wonen")))
            .andExpect(content().string(containsString("€ 612,50")))
            .andExpect(content().string(containsString("Let op: eindigt zonder overgang")))
            .andExpect(content().string(containsString("Vaste last toevoegen")));
        mvc.perform(get("/huishoudens/{id}/ontzorgen", t.huishouden()).header("HX-Request", "true").with(als(coach)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<h1"))))
            .andExpect(content().string(not(containsString("Vaste last toevoegen"))))
            .andExpect(content().string(containsString("Haag Wonen")));
        // a guide reads without forms
        mvc.perform(get("/huishoudens/{id}/ontzorgen", t.huishouden()).with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Haag Wonen")))
            .andExpect(content().string(not(containsString("Vaste last toevoegen"))));
        // the regievoerder without consent: 403 with the consent notice; wijkteam and another gemeente: 404
        mvc.perform(get("/huishoudens/{id}/ontzorgen", t.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/huishoudens/{id}/ontzorgen", t.huishouden()).with(als(w.als(Rol.WIJKTEAM))))
            .andExpect(status().isNotFound());
        mvc.perform(get("/huishoudens/{id}/ontzorgen", t.huishouden()).with(als(data.wereld().als(Rol.BUDGETCOACH))))
            .andExpect(status().isNotFound());
    }

    @Test
    void householdFileHasTheLazySection() throws Exception {
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(coach)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-hx-get=\"/huishoudens/" + t.huishouden() + "/ontzorgen\"")))
            .andExpect(content().string(containsString("Financieel ontzorgen")));
        // the regievoerder sees which consent is missing instead
        mvc.perform(get("/huishoudens/{id}", t.huishouden()).with(als(w.als(Rol.REGIEVOERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("data-hx-get=\"/huishoudens/" + t.huishouden()
                    + "/ontzorgen\""))));
    }

    @Test
    void formsPostAndRedirectARefusalKeepsWhatWasTyped() throws Exception {
        LocalDate start = VANDAAG.minusMonths(1);
        mvc.perform(post("/huishoudens/{id}/ontzorgen", t.huishouden()).with(als(coach)).with(csrf())
                .param("start", start.toString()).param("notitie", "Bijstand loopt"))
            .andExpect(redirectedUrl("/huishoudens/" + t.huishouden() + "/ontzorgen#ontzorgen-kop"))
            .andExpect(flash().attribute("melding", "Ontzorgen is opgeslagen."));
        mvc.perform(post("/huishoudens/{id}/ontzorgen/vaste-lasten", t.huishouden()).with(als(coach)).with(csrf())
                .param("versie", "1").param("soort", "HUUR").param("begunstigde", "Staedion")
                .param("bedrag", "12.000,00").param("machtigingOp", start.toString()))
            .andExpect(redirectedUrl("/huishoudens/" + t.huishouden() + "/ontzorgen#lasten-kop"))
            .andExpect(flash().attribute("fout", containsString("minder dan 10.000 euro")))
            .andExpect(flash().attribute("formulier", "last"));
        mvc.perform(post("/huishoudens/{id}/ontzorgen/vaste-lasten", t.huishouden()).with(als(coach)).with(csrf())
                .param("versie", "1").param("soort", "HUUR").param("begunstigde", "Staedion")
                .param("bedrag", "twaalf").param("machtigingOp", start.toString()))
            .andExpect(flash().attribute("fout", containsString("als getal")));
        mvc.perform(post("/huishoudens/{id}/ontzorgen/vaste-lasten", t.huishouden()).with(als(coach)).with(csrf())
                .param("versie", "1").param("soort", "HUUR").param("begunstigde", "Staedion")
                .param("bedrag", "701,25").param("machtigingOp", start.toString()))
            .andExpect(flash().attribute("melding", "De vaste last is toegevoegd."));
        mvc.perform(post("/huishoudens/{id}/ontzorgen/maanden/{m}", t.huishouden(), YearMonth.from(start).toString())
                .with(als(coach)).with(csrf()).param("versie", "2").param("status", "BETAALD"))
            .andExpect(flash().attribute("melding", "De maand is bijgewerkt."));
        mvc.perform(post("/huishoudens/{id}/ontzorgen/coachgesprekken", t.huishouden()).with(als(coach)).with(csrf())
                .param("versie", "3").param("datum", VANDAAG.plusDays(7).toString()).param("status", "GEPLAND")
                .param("onderwerp", "Toeslagen"))
            .andExpect(flash().attribute("melding", "Het gesprek is vastgelegd."));
        // stale
        mvc.perform(post("/huishoudens/{id}/ontzorgen/coachgesprekken", t.huishouden()).with(als(coach)).with(csrf())
                .param("versie", "3").param("datum", VANDAAG.toString()).param("status", "GEHOUDEN")
                .param("onderwerp", "Dubbel"))
            .andExpect(flash().attributeExists("fout"))
            .andExpect(flash().attribute("waarden", org.hamcrest.Matchers.hasEntry("onderwerp", "Dubbel")));
        Ontzorgen o = ontzorgen.lees(coach, t.huishouden()).ontzorgen();
        assertThat(o).isNotNull();
        assertThat(o.versie()).isEqualTo(4);
        assertThat(o.vasteLasten()).singleElement().satisfies(v -> assertThat(v.bedrag()).isEqualByComparingTo("701.25"));
        assertThat(o.gesprekken()).extracting(Coachgesprek::onderwerp).containsExactly("Toeslagen");
        mvc.perform(post("/huishoudens/{id}/ontzorgen/coachgesprekken/{g}/status", t.huishouden(),
                o.gesprekken().get(0).id()).with(als(coach)).with(csrf()).param("versie", "4")
                .param("status", "AFGEZEGD"))
            .andExpect(flash().attribute("melding", "Het gesprek is bijgewerkt."));
        // a guide's post is refused
        mvc.perform(post("/huishoudens/{id}/ontzorgen/coachgesprekken", t.huishouden())
                .with(als(w.als(Rol.BEGELEIDER))).with(csrf()).param("versie", "5")
                .param("datum", VANDAAG.toString()).param("status", "GEHOUDEN").param("onderwerp", "X"))
            .andExpect(flash().attribute("fout", "Alleen de budgetcoach van de gemeente legt ontzorgen vast."));
        // the refusal comes back with what was typed, for the form it came from (rendered: OntzorgenBrowserTests)
        mvc.perform(post("/huishoudens/{id}/ontzorgen/coachgesprekken", t.huishouden())
                .with(als(coach)).with(csrf()).param("versie", "5").param("datum", VANDAAG.plusDays(3).toString())
                .param("status", "GEHOUDEN").param("onderwerp", "Teruggezet"))
            .andExpect(flash().attribute("fout", "Een gesprek in de toekomst kan nog niet gehouden zijn."))
            .andExpect(flash().attribute("formulier", "gesprek"))
            .andExpect(flash().attribute("waarden", org.hamcrest.Matchers.hasEntry("onderwerp", "Teruggezet")));
    }
}
