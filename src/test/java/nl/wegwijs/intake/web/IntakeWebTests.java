package nl.wegwijs.intake.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
 * The brede intake screens over HTTP: the household file's lazy section, the intake page and its htmx fragment, the
 * regievoerder's form with its validation messages (nothing written), a stale version, what guides see (never the
 * health finding), and the budgetcoach and another gemeente's regievoerder.
 */
@IntegrationTest
class IntakeWebTests {

    static final LocalDate VANDAAG = LocalDate.now();
    static final String GEZONDHEID = "Nachtmerries sinds de vlucht";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject a;
    Persoon samira;
    Medewerker rv;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        rv = w.als(Rol.REGIEVOERDER);
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden().personen().stream()
            .filter(p -> p.voornaam().equals("Samira")).findFirst().orElseThrow();
    }

    private String pad() {
        return "/huishoudens/" + a.huishouden() + "/intake/" + samira.id();
    }

    /** The form filled in; {@code anders} replaces fields as name, value, name, value... */
    private MockHttpServletRequestBuilder legVast(Medewerker wie, String... anders) {
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("gehoudenOp", VANDAAG.minusDays(2).toString());
        velden.put("aanwezigPersoon", "true");
        velden.put("aanwezigBegeleider", "true");
        velden.put("instemming", "true");
        velden.put("tolk", "PROFESSIONEEL");
        velden.put("tolkTaal", "Arabisch");
        velden.put("opleidingsniveau", "BEROEPSONDERWIJS");
        velden.put("opleidingWerk", "Zes jaar kapper in Aleppo");
        velden.put("talen", "Arabisch, Engels");
        velden.put("geletterdheid", "GELETTERD");
        velden.put("gezondheidAandacht", "true");
        velden.put("gezondheidToelichting", GEZONDHEID);
        velden.put("nareizigersVerwacht", "true");
        velden.put("nareizigersToelichting", "Broer komt later");
        velden.put("digitaal", "BASIS");
        velden.put("verwachtingen", "Over drie jaar een eigen kapsalon");
        velden.put("signalen[0].bron", "COA");
        velden.put("signalen[0].datum", VANDAAG.minusMonths(1).toString());
        velden.put("signalen[0].tekst", "Inentingen nog niet compleet");
        for (int i = 0; i < anders.length; i += 2) {
            velden.put(anders[i], anders[i + 1]);
        }
        MockHttpServletRequestBuilder verzoek = post(pad()).with(als(wie)).with(csrf());
        velden.forEach(verzoek::param);
        return verzoek;
    }

    private long aantal() {
        return jdbc.sql("select count(*) from brede_intake where huishouden_id = ?").param(a.huishouden().value())
            .query(Long.class).single();
    }

    private void vastgelegd() throws Exception {
        mvc.perform(legVast(rv)).andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/huishoudens/" + a.huishouden() + "/intake"))
            .andExpect(flash().attribute("melding", "De brede intake is opgeslagen."));
    }

    @Test
    void theHouseholdFileLoadsTheSectionLazilyWithAPlainLink() throws Exception {
        mvc.perform(get("/huishoudens/{id}", a.huishouden()).with(als(rv)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("id=\"intake-kop\""),
                    containsString("data-hx-get=\"/huishoudens/" + a.huishouden() + "/intake\""),
                    containsString("data-hx-trigger=\"revealed\""),
                    containsString("Brede intake per persoon bekijken"))));
    }

    @Test
    void theIntakePageListsTheAdultsWithTheirStatusAndHtmxGetsTheFragment() throws Exception {
        mvc.perform(get("/huishoudens/{id}/intake", a.huishouden()).with(als(rv)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Samira Haddad"), containsString("Yusuf Haddad"),
                    not(containsString("Lina Haddad")), containsString("Nog niet gehouden"),
                    containsString("<h1"))));
        vastgelegd();
        mvc.perform(get("/huishoudens/{id}/intake", a.huishouden()).with(als(rv)).header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Gehouden op"), containsString("Samira Haddad"),
                    containsString("Aandachtspunt gezondheid"), not(containsString("<h1")),
                    not(containsString("<html")))));
    }

    @Test
    void regievoerderRecordsTheIntakeThroughTheFormAndEditsIt() throws Exception {
        mvc.perform(get(pad()).with(als(rv)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("name=\"gehoudenOp\""),
                    containsString("name=\"instemming\""), containsString("name=\"gezondheidToelichting\""),
                    containsString("name=\"signalen[0].tekst\""), containsString("Wat wilt u over 3 jaar bereikt hebben?"))));
        vastgelegd();
        assertThat(jdbc.sql("select versie || '/' || gezondheid_toelichting || '/' || verwachtingen from brede_intake "
                + "where persoon_id = ?").param(samira.id()).query(String.class).single())
            .isEqualTo("1/" + GEZONDHEID + "/Over drie jaar een eigen kapsalon");
        mvc.perform(get(pad()).with(als(rv)))
            .andExpect(content().string(allOf(containsString(GEZONDHEID), containsString("name=\"versie\" value=\"1\""),
                    containsString("Inentingen nog niet compleet"))));
        mvc.perform(legVast(rv, "versie", "1", "verwachtingen", "Werk in een kapsalon"))
            .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select versie from brede_intake where persoon_id = ?").param(samira.id())
            .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theFormShowsEachRuleNextToItsFieldAndWritesNothing() throws Exception {
        mvc.perform(legVast(rv, "gehoudenOp", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul de datum van het gesprek in.")));
        mvc.perform(legVast(rv, "gehoudenOp", VANDAAG.plusDays(1).toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("De datum van het gesprek ligt in de toekomst.")));
        mvc.perform(legVast(rv, "instemming", "false"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("instemming-fout"),
                    containsString("De begeleider mag er alleen bij zijn als de persoon daarmee instemt."))));
        mvc.perform(legVast(rv, "tolkTaal", " "))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("tolkTaal-fout"),
                    containsString("Vul de taal van de tolk in."))));
        mvc.perform(legVast(rv, "gezondheidToelichting", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("gezondheidToelichting-fout")));
        mvc.perform(legVast(rv, "signalen[0].datum", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Vul bij ieder signaal de datum in.")));
        mvc.perform(legVast(rv, "aanwezigPersoon", "false", "aanwezigBegeleider", "false"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Kruis aan wie er bij het gesprek waren.")));
        assertThat(aantal()).isZero();
    }

    @Test
    void aStaleVersionShowsTheIntakeAsItNowStandsWithAMessage() throws Exception {
        vastgelegd();
        mvc.perform(legVast(rv, "versie", "1", "verwachtingen", "Eerst"))
            .andExpect(status().is3xxRedirection());
        mvc.perform(legVast(rv, "versie", "1", "verwachtingen", "Later"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl(pad()))
            .andExpect(flash().attribute("fout", containsString("Iemand anders heeft dit intussen gewijzigd")));
        assertThat(jdbc.sql("select verwachtingen from brede_intake where persoon_id = ?").param(samira.id())
            .query(String.class).single()).isEqualTo("Eerst");
    }

    @Test
    void guidesReadTheFindingsButNeverTheHealthFinding() throws Exception {
        vastgelegd();
        data.toestemming(w, a, Rol.VRIJWILLIGER, nl.wegwijs.traject.Gegevenssoort.values());
        for (Medewerker gids : new Medewerker[] { w.als(Rol.BEGELEIDER), w.als(Rol.VRIJWILLIGER),
                w.als(Rol.TEAMLEIDER) }) {
            mvc.perform(get(pad()).with(als(gids)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Zes jaar kapper in Aleppo"),
                        containsString("Over drie jaar een eigen kapsalon"), not(containsString(GEZONDHEID)),
                        not(containsString("name=\"gehoudenOp\"")), not(containsString("Aandachtspunt gezondheid")))));
            mvc.perform(get("/huishoudens/{id}/intake", a.huishouden()).with(als(gids)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Gehouden op"),
                        not(containsString("Aandachtspunt gezondheid")), not(containsString(GEZONDHEID)))));
            mvc.perform(legVast(gids, "versie", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alleen de regievoerder van de gemeente legt de brede intake vast.")));
        }
        mvc.perform(get(pad()).with(als(rv))).andExpect(content().string(containsString(GEZONDHEID)));
        assertThat(jdbc.sql("select versie from brede_intake where persoon_id = ?").param(samira.id())
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theBudgetcoachIsToldWhichConsentIsMissingAndAnotherGemeenteSeesNothing() throws Exception {
        vastgelegd();
        Medewerker bc = w.als(Rol.BUDGETCOACH);
        mvc.perform(get("/huishoudens/{id}/intake", a.huishouden()).with(als(bc)))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("wegwijs-toestemming-nodig"),
                    not(containsString("Gehouden op")))));
        mvc.perform(get(pad()).with(als(bc))).andExpect(status().isForbidden());
        mvc.perform(legVast(bc)).andExpect(status().isForbidden());

        Medewerker ander = data.wereld().als(Rol.REGIEVOERDER);
        mvc.perform(get("/huishoudens/{id}/intake", a.huishouden()).with(als(ander))).andExpect(status().isNotFound());
        mvc.perform(get(pad()).with(als(ander))).andExpect(status().isNotFound());
        mvc.perform(legVast(ander, "versie", "1")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select versie from brede_intake where persoon_id = ?").param(samira.id())
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePagesSpeakEnglishToo() throws Exception {
        mvc.perform(get("/huishoudens/{id}/intake", a.huishouden()).with(als(rv)).param("lang", "en"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("Broad intake"), containsString("Not held yet"))));
    }
}
