package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;
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
import nl.wegwijs.traject.Gegevenssoort;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The self-reliance screens over HTTP: a measurement as a form post (refusals on the page, nothing written), the
 * chart and words, the plan and its PDF, the file's section, the gemeente's consent notice, the settings page.
 */
@IntegrationTest
class ZelfredzaamheidWebTests {

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
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject a;
    HuishoudenId h;
    UUID samira;
    Instrument vw;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        w = wereld.w();
        a = wereld.a();
        h = a.huishouden();
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), h).huishouden().hoofdpersoon().id();
        vw = zelf.instrumenten().get(0);
    }

    long metingen() {
        return jdbc.sql("select count(*) from zr_meting where huishouden_id = ?").param(h.value()).query(Long.class)
            .single();
    }

    MockHttpServletRequestBuilder meting(Medewerker wie, LocalDate op, String niveau, String afwijkend) {
        MockHttpServletRequestBuilder r = post("/huishoudens/{id}/zelfredzaamheid/meting", h).with(als(wie))
            .with(csrf()).param("persoon", samira.toString()).param("datum", op.toString())
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
    void aGuideRecordsABaselineAndALaterMeasurementAndSeesTheChartAndTheWords() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid", h).with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nulmeting doen met")))
            .andExpect(content().string(containsString("Nog niet gemeten.")));
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid/meting", h).param("persoon", samira.toString())
                .with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Nutsbedrijven")))
            .andExpect(content().string(containsString("Niet van toepassing")));

        mvc.perform(meting(b, VANDAAG.minusMonths(3), "2", "2")).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", containsString("is opgeslagen")));
        mvc.perform(meting(b, VANDAAG, "4", "G")).andExpect(status().is3xxRedirection());
        assertThat(metingen()).isEqualTo(2);

        String maand = java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag("nl"))
            .format(VANDAAG.minusMonths(3));
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid", h).with(als(w.als(Rol.VRIJWILLIGER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<svg")))
            .andExpect(content().string(containsString("<title id=\"zr0-titel\">")))
            .andExpect(content().string(containsString("Wonen: van 2 naar 4 sinds " + maand)))
            .andExpect(content().string(containsString("Zelfredzaam genoeg?")))
            .andExpect(content().string(containsString("De cijfers als tabel")))
            .andExpect(content().string(containsString("met het eigen netwerk")))
            .andExpect(content().string(containsString("Wie deed het? (checklist)")));

        // the file shows the judgement in its own section, loaded lazily (issue 21): a placeholder on the page
        mvc.perform(get("/huishoudens/{id}", h).with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"onderdeel-zelfredzaamheid\"")));
        mvc.perform(get("/huishoudens/{id}/onderdelen/zelfredzaamheid", h).with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"zelfredzaamheid\"")))
            .andExpect(content().string(containsString("Ja.")));
    }

    @Test
    void aLevelOutsideTheScaleOrAFutureDateIsRefusedOnThePageWithNothingWritten() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        mvc.perform(meting(b, VANDAAG, "3", "6")).andExpect(status().isOk())
            .andExpect(content().string(containsString("valt buiten de schaal: kies een niveau van 1 tot en met 5")));
        mvc.perform(meting(b, VANDAAG, "3", "hoog")).andExpect(status().isOk())
            .andExpect(content().string(containsString("is niet geldig")));
        mvc.perform(meting(b, VANDAAG.plusDays(2), "3", "3")).andExpect(status().isOk())
            .andExpect(content().string(containsString("ligt in de toekomst")));
        assertThat(metingen()).isZero();
        // the regievoerder may not record
        mvc.perform(meting(w.als(Rol.REGIEVOERDER), VANDAAG, "3", "3")).andExpect(status().isForbidden());
        mvc.perform(meting(w.vrijwilliger2(), VANDAAG, "3", "3")).andExpect(status().isNotFound());
        assertThat(metingen()).isZero();
    }

    @Test
    void thePlanIsMadeTickedOffAndPrintedAsPdf() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        mvc.perform(meting(b, VANDAAG, "2", "1")).andExpect(status().is3xxRedirection());
        Meting m = zelf.overzicht(b, h).laatsteMeting();
        mvc.perform(post("/huishoudens/{id}/zelfredzaamheid/acties", h).with(als(b)).with(csrf())
                .param("meting", m.id().toString()).param("domein", vw.domeinen().get(2).id().toString())
                .param("omschrijving", "Samen de vaste lasten op een rij zetten").param("uitvoerder", "BEGELEIDER")
                .param("prioriteit", "URGENT"))
            .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("melding", containsString("plan")));
        mvc.perform(post("/huishoudens/{id}/zelfredzaamheid/acties", h).with(als(b)).with(csrf())
                .param("meting", m.id().toString()).param("domein", vw.domeinen().get(2).id().toString())
                .param("omschrijving", "Bellen").param("uitvoerder", "PARTNER").param("prioriteit", "LATER"))
            .andExpect(flash().attribute("fout", containsString("welke partner")));
        Actie actie = zelf.overzicht(b, h).acties().get(0);
        mvc.perform(post("/huishoudens/{id}/zelfredzaamheid/acties/{a}", h, actie.id()).with(als(b)).with(csrf())
                .param("versie", "1").param("afgerond", "true"))
            .andExpect(flash().attribute("melding", containsString("afgevinkt")));
        mvc.perform(post("/huishoudens/{id}/zelfredzaamheid/acties/{a}", h, actie.id()).with(als(b)).with(csrf())
                .param("versie", "1").param("afgerond", "false"))
            .andExpect(flash().attribute("fout", containsString("")));
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid", h).with(als(b)))
            .andExpect(content().string(containsString("Gedaan op")))
            .andExpect(content().string(containsString("Een onderdeel staat op het laagste niveau")));
        byte[] pdf = mvc.perform(get("/huishoudens/{id}/zelfredzaamheid/plan.pdf", h).with(als(b)))
            .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
            .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aGuideCorrectsAPastMeasurementFromTheSelfReliancePage() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        mvc.perform(meting(b, VANDAAG.minusDays(3), "3", "1")).andExpect(status().is3xxRedirection());
        Meting m = zelf.overzicht(b, h).laatsteMeting();
        String formulier = "/huishoudens/{id}/zelfredzaamheid/metingen/{m}/correctie";
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid", h).with(als(b)))
            .andExpect(content().string(containsString("/zelfredzaamheid/metingen/" + m.id() + "/correctie")));
        mvc.perform(get(formulier, h, m.id()).with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Meting corrigeren")))
            .andExpect(content().string(containsString("Waarom corrigeert u deze meting?")))
            .andExpect(content().string(containsString("name=\"versie\" value=\"1\"")));
        // a level outside the scale: the form again with the Dutch message, nothing written
        mvc.perform(correctie(b, m, "6", "Verkeerd niveau")).andExpect(status().isOk())
            .andExpect(content().string(containsString("valt buiten de schaal: kies een niveau van 1 tot en met 5")));
        // no reason
        mvc.perform(correctie(b, m, "4", " ")).andExpect(status().isOk())
            .andExpect(content().string(containsString("Schrijf waarom u de meting corrigeert")));
        assertThat(versie(m)).isEqualTo(1);

        mvc.perform(correctie(b, m, "4", "Verkeerd niveau aangeklikt")).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", containsString("is gecorrigeerd")));
        assertThat(versie(m)).isEqualTo(2);
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid", h).with(als(b)))
            .andExpect(content().string(containsString("Verkeerd niveau aangeklikt")))
            .andExpect(content().string(not(containsString("Een onderdeel staat op het laagste niveau"))));
        // the same form again, at the version it was loaded with
        mvc.perform(correctie(b, m, "5", "Nog eens")).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", containsString("intussen gewijzigd")));
        assertThat(versie(m)).isEqualTo(2);
        // the gemeente, even with a consent, does not correct
        data.toestemming(w, a, Rol.REGIEVOERDER, Gegevenssoort.ZELFREDZAAMHEID);
        mvc.perform(get(formulier, h, m.id()).with(als(w.als(Rol.REGIEVOERDER)))).andExpect(status().isForbidden());
        mvc.perform(get(formulier, h, m.id()).with(als(w.begeleiderB()))).andExpect(status().isNotFound());
    }

    long versie(Meting m) {
        return jdbc.sql("select versie from zr_meting where id = ?").param(m.id()).query(Long.class).single();
    }

    /** The correction form as posted at version 1: the first component at {@code niveau}, the rest as measured. */
    MockHttpServletRequestBuilder correctie(Medewerker wie, Meting m, String niveau, String reden) {
        MockHttpServletRequestBuilder r = post("/huishoudens/{id}/zelfredzaamheid/metingen/{m}/correctie", h, m.id())
            .with(als(wie)).with(csrf()).param("versie", "1").param("datum", m.gemetenOp().toString())
            .param("notitie", "Samen met tolk").param("reden", reden);
        boolean eerste = true;
        for (Domein d : vw.domeinen()) {
            for (UUID item : d.items()) {
                r.param("n-" + item, eerste ? niveau : "3").param("w-" + item, "NETWERK");
                eerste = false;
            }
        }
        return r;
    }

    @Test
    void theGemeenteSeesTheConsentNoticeUntilThePersonConsents() throws Exception {
        zelf.meet(w.als(Rol.BEGELEIDER), h, new NieuweMeting(samira, VANDAAG, null, null,
                java.util.List.of(Score.niveau(vw.domeinen().get(0).items().get(0), 3, null))));
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid", h).with(als(rv)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Toestemming")))
            .andExpect(content().string(not(containsString("<svg"))));
        data.toestemming(w, a, Rol.REGIEVOERDER, Gegevenssoort.ZELFREDZAAMHEID);
        mvc.perform(get("/huishoudens/{id}/zelfredzaamheid", h).with(als(rv)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<svg")))
            .andExpect(content().string(not(containsString("Nieuwe meting met"))));
    }

    @Test
    void theBeheerderAndTheRegievoerderSetAContractsInstrumentMomentsAndRule() throws Exception {
        mvc.perform(get("/zelfredzaamheid/instellingen").with(als(w.als(Rol.BEGELEIDER))))
            .andExpect(status().isForbidden());
        mvc.perform(get("/zelfredzaamheid/instellingen").with(als(w.als(Rol.BEHEERDER))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Zes leefgebieden")))
            .andExpect(content().string(containsString("Justitie")));
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        String contract = w.contract().id().toString();
        mvc.perform(get("/zelfredzaamheid/instellingen/{c}", contract).with(als(rv))).andExpect(status().isOk())
            .andExpect(content().string(containsString("6, 12")));
        MockHttpServletRequestBuilder bewaar = post("/zelfredzaamheid/instellingen/{c}", contract).with(als(rv))
            .with(csrf()).param("instrument", vw.id().toString()).param("momenten", "3, 8, 12")
            .param("nulmetingWeken", "6").param("eindmeting", "true").param("drempel", "").param("toegestaanOnder", "0")
            .param("versie", "0");
        for (Domein d : vw.domeinen()) {
            bewaar.param("domein", d.id().toString());
        }
        mvc.perform(bewaar).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("melding", containsString("opgeslagen")));
        assertThat(zelf.instelling(rv, w.contract().id()).momenten()).containsExactly(3, 8, 12);
        // the same form again, at the version it was loaded with: someone else saved in between
        mvc.perform(bewaar).andExpect(status().is3xxRedirection())
            .andExpect(flash().attribute("fout", containsString("")));
        mvc.perform(post("/zelfredzaamheid/instellingen/{c}", contract).with(als(rv)).with(csrf())
                .param("instrument", vw.id().toString()).param("domein", vw.domeinen().get(0).id().toString())
                .param("momenten", "3, 80").param("nulmetingWeken", "6").param("versie", "1"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("elk van 1 tot en met 60")));
        // another gemeente's regievoerder does not find the contract
        mvc.perform(get("/zelfredzaamheid/instellingen/{c}", contract).with(als(data.wereld().als(Rol.REGIEVOERDER))))
            .andExpect(status().isNotFound());
    }

    @Test
    void theWorklistFiltersOnSelfRelianceThatNeedsAttention() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        trajecten.start(w.als(Rol.TEAMLEIDER), a.id(), 3, VANDAAG.minusMonths(4));
        mvc.perform(get("/werklijst").param("aandacht", "zelfredzaamheid").param("weergave", "team").with(als(b)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-zelfredzaamheid")))
            .andExpect(content().string(containsString("Meting te laat sinds")));
    }
}
