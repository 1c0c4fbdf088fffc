package nl.wegwijs.verwijzing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.TestData.als;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referral screens over HTTP, each page rendered once in every state the templates distinguish (so the tests'
 * template comparison covers them): the form with its errors, the referral as guide and as receiving wijkteam, sent
 * or not, answered and finished, the household's list and file section, the wijkteam's inbox and the waiting times.
 */
@IntegrationTest
class VerwijzingWebTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject a;
    Dienst wijkteam;
    Dienst budgetloket;
    Persoon samira;
    Medewerker begeleider;
    Medewerker wt;
    Medewerker tl;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        begeleider = w.als(Rol.BEGELEIDER);
        wt = w.als(Rol.WIJKTEAM);
        tl = w.als(Rol.TEAMLEIDER);
        wijkteam = kaart.voegToe(tl, w.gemeente().id(), VerwijzingTests.gegevens("Sociaal wijkteam West",
                Dienstsoort.SOCIAAL_WIJKTEAM, w.gemeente().id()));
        budgetloket = kaart.voegToe(tl, w.gemeente().id(), VerwijzingTests.gegevens("Budgetloket West",
                Dienstsoort.SCHULDHULP, null));
        samira = trajecten.inzage(tl, a.huishouden()).huishouden().personen().get(0);
        toestemmingen.legVast(begeleider, a.huishouden(), new NieuweToestemming(Set.of(samira.id()),
                w.gemeente().id(), Rol.WIJKTEAM, Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.SIGNALEN),
                Doel.DOORVERWIJZING, VANDAAG, null, Wijze.MONDELING_MET_TOLK, "Arabisch", null));
    }

    private String id(String pad) {
        return pad.substring(pad.lastIndexOf('/') + 1);
    }

    @Test
    void theFormWithItsErrorsTheReferralAsGuideAndAsWijkteamTheInboxTheListAndTheWaitingTimes() throws Exception {
        mvc.perform(get("/huishoudens/{id}/verwijzingen", a.huishouden()).with(als(begeleider)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Nog geen verwijzingen")));
        mvc.perform(get("/huishoudens/{id}/verwijzingen/nieuw", a.huishouden()).with(als(begeleider)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Budgetloket West")));
        mvc.perform(get("/huishoudens/{id}/verwijzingen/nieuw", a.huishouden()).param("signaal",
                UUID.randomUUID().toString()).param("dienst", wijkteam.id().toString()).with(als(begeleider)))
            .andExpect(status().isOk());
        // errors: no reason (a field), outside Wegwijs without its consent (a field), an unknown service
        mvc.perform(post("/huishoudens/{id}/verwijzingen/nieuw", a.huishouden()).with(als(begeleider)).with(csrf())
                .param("dienst", wijkteam.id().toString()).param("persoon", samira.id().toString())
                .param("reden", "").param("warm", "true").param("_warm", "on"))
            .andExpect(status().isOk()).andExpect(content().string(containsString("foutoverzicht")));
        mvc.perform(post("/huishoudens/{id}/verwijzingen/nieuw", a.huishouden()).with(als(begeleider)).with(csrf())
                .param("dienst", budgetloket.id().toString()).param("reden", "Schulden")
                .param("versturen", "true").param("_versturen", "on").param("toestemmingOp", "2020-13-45"))
            .andExpect(status().isOk());
        mvc.perform(post("/huishoudens/{id}/verwijzingen/nieuw", a.huishouden()).with(als(begeleider)).with(csrf())
                .param("reden", "Schulden"))
            .andExpect(status().isOk());

        // to the wijkteam, sent at once
        String naarWijkteam = id(mvc.perform(post("/huishoudens/{id}/verwijzingen/nieuw", a.huishouden())
                .with(als(begeleider)).with(csrf())
                .param("dienst", wijkteam.id().toString()).param("persoon", samira.id().toString())
                .param("reden", "Hulp bij de opvoeding").param("warm", "true").param("_warm", "on")
                .param("versturen", "true").param("_versturen", "on"))
            .andExpect(redirectedUrlPattern("/verwijzingen/*"))
            .andReturn().getResponse().getRedirectedUrl());
        // to the budgetloket, not sent
        String naarLoket = id(mvc.perform(post("/huishoudens/{id}/verwijzingen/nieuw", a.huishouden())
                .with(als(begeleider)).with(csrf())
                .param("dienst", budgetloket.id().toString()).param("reden", "Schulden")
                .param("_warm", "on").param("_versturen", "on"))
            .andExpect(redirectedUrlPattern("/verwijzingen/*"))
            .andReturn().getResponse().getRedirectedUrl());

        mvc.perform(get("/verwijzingen/{id}", naarWijkteam).with(als(begeleider))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Sociaal wijkteam West")));
        mvc.perform(get("/verwijzingen/{id}", naarLoket).with(als(begeleider))).andExpect(status().isOk())
            .andExpect(content().string(containsString("toestemmingWijze")));
        mvc.perform(get("/verwijzingen/{id}", naarWijkteam).with(als(wt))).andExpect(status().isOk())
            .andExpect(content().string(containsString("GEACCEPTEERD")));
        mvc.perform(get("/verwijzingen").with(als(wt))).andExpect(status().isOk())
            .andExpect(content().string(containsString(samira.naam())));

        // the wijkteam accepts, the guide finishes
        long versie = jdbc.sql("select versie from verwijzing where id = ?").param(UUID.fromString(naarWijkteam))
            .query(Long.class).single();
        mvc.perform(post("/verwijzingen/{id}/antwoord", naarWijkteam).with(als(wt)).with(csrf())
                .param("versie", String.valueOf(versie)).param("antwoord", "GEACCEPTEERD")
                .param("toelichting", "Welkom op het spreekuur"))
            .andExpect(redirectedUrl("/verwijzingen/" + naarWijkteam));
        versie = jdbc.sql("select versie from verwijzing where id = ?").param(UUID.fromString(naarWijkteam))
            .query(Long.class).single();
        mvc.perform(post("/verwijzingen/{id}/afronden", naarWijkteam).with(als(begeleider)).with(csrf())
                .param("versie", String.valueOf(versie)).param("uitkomst", "Eerste gesprek gehad"))
            .andExpect(redirectedUrl("/verwijzingen/" + naarWijkteam));
        mvc.perform(get("/verwijzingen/{id}", naarWijkteam).with(als(begeleider))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Eerste gesprek gehad")));
        mvc.perform(get("/verwijzingen/{id}", naarWijkteam).with(als(wt))).andExpect(status().isOk());
        mvc.perform(get("/verwijzingen").param("open", "false").with(als(wt))).andExpect(status().isOk())
            .andExpect(content().string(containsString(samira.naam())));
        mvc.perform(get("/verwijzingen").param("open", "true").with(als(wt))).andExpect(status().isOk())
            .andExpect(content().string(not(containsString(samira.naam()))));

        mvc.perform(get("/huishoudens/{id}/verwijzingen", a.huishouden()).with(als(begeleider)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Budgetloket West")));
        mvc.perform(get("/huishoudens/{id}/verwijzingen/dossier", a.huishouden()).with(als(begeleider)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Sociaal wijkteam West")));
        mvc.perform(get("/socialekaart/wachttijden").param("gemeente", w.gemeente().id().toString()).with(als(tl)))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Sociaal wijkteam West")));
    }

    @Test
    void emptyPages() throws Exception {
        mvc.perform(get("/verwijzingen").with(als(wt))).andExpect(status().isOk());
        mvc.perform(get("/huishoudens/{id}/verwijzingen/dossier", a.huishouden()).with(als(begeleider)))
            .andExpect(status().isOk());
        mvc.perform(get("/socialekaart/wachttijden").param("gemeente", w.gemeente().id().toString()).with(als(tl)))
            .andExpect(status().isOk());
    }
}
