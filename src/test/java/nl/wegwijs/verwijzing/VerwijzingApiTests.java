package nl.wegwijs.verwijzing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
import nl.wegwijs.toestemming.Toestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The referrals API: making and sending with the consent checked by the service (422 naming category and purpose,
 * nothing written), every step as a sub-resource with its version (409 when stale), the wijkteam's inbox and answer
 * (403 for other roles), revoking the consent withdraws the referral, 404 for another organisation's household, and
 * the waiting times.
 */
@IntegrationTest
class VerwijzingApiTests {

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

    ApiFixture api;
    TestData.Wereld w;
    Traject a;
    Dienst wijkteam;
    Dienst budgetloket;
    Persoon samira;
    Medewerker begeleider;
    Medewerker wt;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        begeleider = w.als(Rol.BEGELEIDER);
        wt = w.als(Rol.WIJKTEAM);
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        wijkteam = kaart.voegToe(tl, w.gemeente().id(), VerwijzingTests.gegevens("Sociaal wijkteam West",
                Dienstsoort.SOCIAAL_WIJKTEAM, w.gemeente().id()));
        budgetloket = kaart.voegToe(tl, w.gemeente().id(), VerwijzingTests.gegevens("Budgetloket West",
                Dienstsoort.SCHULDHULP, null));
        samira = trajecten.inzage(tl, a.huishouden()).huishouden().personen().get(0);
    }

    Toestemming toestemming() {
        return toestemmingen.legVast(begeleider, a.huishouden(), new NieuweToestemming(Set.of(samira.id()),
                w.gemeente().id(), Rol.WIJKTEAM, Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.SIGNALEN),
                Doel.DOORVERWIJZING, VANDAAG, null, Wijze.MONDELING_MET_TOLK, "Arabisch", null)).get(0);
    }

    String verwijzing(Dienst d, String extra) {
        return """
                {"persoonId": "%s", "dienstId": "%s", "reden": "Hulp bij de opvoeding", "warm": true %s}"""
            .formatted(samira.id(), d.id(), extra);
    }

    String maak(Dienst d, String extra) throws Exception {
        String antwoord = api.schrijf(begeleider, post("/api/v1/huishoudens/{id}/verwijzingen", a.huishouden()),
                verwijzing(d, extra))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/api/v1/verwijzingen/[0-9a-f-]{36}")))
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    int aantal() {
        return jdbc.sql("select count(*) from verwijzing where huishouden_id = ?").param(a.huishouden().value())
            .query(Integer.class).single();
    }

    long versie(Medewerker wie, String id) throws Exception {
        String json = api.als(wie, get("/api/v1/verwijzingen/{id}", id)).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.versie")).longValue();
    }

    @Test
    void withoutConsentSendingIs422NamingCategoryAndPurposeAndNothingIsWritten() throws Exception {
        api.schrijf(begeleider, post("/api/v1/huishoudens/{id}/verwijzingen", a.huishouden()),
                verwijzing(wijkteam, ""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("verwijzing.toestemming.ontbreekt"))
            .andExpect(jsonPath("$.gegevenssoort").value("SIGNALEN"))
            .andExpect(jsonPath("$.doel").value("DOORVERWIJZING"))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(samira.naam())));
        // outside Wegwijs without the consent recorded on the referral, or with half of it
        api.schrijf(begeleider, post("/api/v1/huishoudens/{id}/verwijzingen", a.huishouden()),
                verwijzing(budgetloket, ""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("verwijzing.toestemming.extern-ontbreekt"))
            .andExpect(jsonPath("$.gegevenssoort").value("SIGNALEN"));
        api.schrijf(begeleider, post("/api/v1/huishoudens/{id}/verwijzingen", a.huishouden()),
                verwijzing(budgetloket, ", \"toestemmingWijze\": \"SCHRIFTELIJK\""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("verwijzing.api.toestemming.half"));
        // a missing reason is 400
        api.schrijf(begeleider, post("/api/v1/huishoudens/{id}/verwijzingen", a.huishouden()),
                "{\"dienstId\": \"" + wijkteam.id() + "\"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[*].name", hasItem("reden")));
        assertThat(aantal()).isZero();
    }

    @Test
    void theGuideRefersTheWijkteamAnswersInItsInboxAndTheGuideFinishes() throws Exception {
        toestemming();
        String id = maak(wijkteam, "");
        api.als(begeleider, get("/api/v1/verwijzingen/{id}", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("VERSTUURD"))
            .andExpect(jsonPath("$.inWegwijs").value(true))
            .andExpect(jsonPath("$.verstuurdOp").value(VANDAAG.toString()));
        assertThat(api.ids(begeleider, "/api/v1/huishoudens/" + a.huishouden() + "/verwijzingen")).containsExactly(id);
        // the inbox is the wijkteam's: 403 for every other role
        api.als(begeleider, get("/api/v1/verwijzingen")).andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.als(wt, get("/api/v1/verwijzingen").param("open", "true")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].naam").value(hasItem(samira.naam())));
        // the guide may not answer for a service in Wegwijs
        long versie = versie(begeleider, id);
        api.schrijf(begeleider, post("/api/v1/verwijzingen/{id}/antwoord", id), """
                {"versie": %d, "antwoord": "GEACCEPTEERD"}""".formatted(versie))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("verwijzing.antwoord.door-ontvanger"));
        // a stale version is a 409, nothing changes
        api.schrijf(wt, post("/api/v1/verwijzingen/{id}/antwoord", id), """
                {"versie": %d, "antwoord": "GEACCEPTEERD"}""".formatted(versie - 1))
            .andExpect(status().isConflict());
        api.schrijf(wt, post("/api/v1/verwijzingen/{id}/antwoord", id), """
                {"versie": %d, "antwoord": "GEACCEPTEERD", "toelichting": "Welkom op het spreekuur"}"""
            .formatted(versie))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("GEACCEPTEERD"))
            .andExpect(jsonPath("$.geaccepteerdOp").value(VANDAAG.toString()))
            .andExpect(jsonPath("$.wachtdagen").value(0));
        api.als(wt, get("/api/v1/verwijzingen").param("open", "true")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        long na = versie(begeleider, id);
        api.schrijf(begeleider, post("/api/v1/verwijzingen/{id}/afronding", id), """
                {"versie": %d, "uitkomst": "Eerste gesprek gehad"}""".formatted(na - 1))
            .andExpect(status().isConflict());
        api.schrijf(begeleider, post("/api/v1/verwijzingen/{id}/afronding", id), """
                {"versie": %d, "uitkomst": "Eerste gesprek gehad"}""".formatted(na))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("AFGEROND"))
            .andExpect(jsonPath("$.uitkomst").value("Eerste gesprek gehad"));
    }

    @Test
    void aDraftIsSentLaterAndOutsideWegwijsTheGuideRecordsTheAnswer() throws Exception {
        String id = maak(budgetloket, ", \"versturen\": false");
        long versie = versie(begeleider, id);
        api.schrijf(begeleider, post("/api/v1/verwijzingen/{id}/verzending", id), """
                {"versie": %d}""".formatted(versie))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("verwijzing.toestemming.extern-ontbreekt"))
            .andExpect(jsonPath("$.doel").value("DOORVERWIJZING"));
        api.schrijf(begeleider, post("/api/v1/verwijzingen/{id}/verzending", id), """
                {"versie": %d, "toestemmingWijze": "SCHRIFTELIJK", "toestemmingOp": "%s"}"""
            .formatted(versie, VANDAAG))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("VERSTUURD"));
        api.schrijf(begeleider, post("/api/v1/verwijzingen/{id}/antwoord", id), """
                {"versie": %d, "antwoord": "AFGEWEZEN"}""".formatted(versie + 1))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("verwijzing.afwijzing.reden"));
        api.schrijf(begeleider, post("/api/v1/verwijzingen/{id}/antwoord", id), """
                {"versie": %d, "antwoord": "WACHTLIJST", "toelichting": "Intake over drie weken"}"""
            .formatted(versie + 1))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("WACHTLIJST"))
            .andExpect(jsonPath("$.wachtlijstOp").value(VANDAAG.toString()));
    }

    @Test
    void revokingTheConsentWithdrawsTheReferralForTheWijkteam() throws Exception {
        Toestemming t = toestemming();
        String id = maak(wijkteam, "");
        api.als(wt, get("/api/v1/verwijzingen/{id}", id)).andExpect(status().isOk());
        api.schrijf(begeleider, post("/api/v1/toestemmingen/{id}/intrekking", t.id()), """
                {"versie": %d, "reden": "Wil niet meer naar het wijkteam."}""".formatted(t.versie()))
            .andExpect(status().isOk());
        api.als(begeleider, get("/api/v1/verwijzingen/{id}", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("INGETROKKEN"))
            .andExpect(jsonPath("$.ingetrokkenOp").value(VANDAAG.toString()))
            .andExpect(jsonPath("$.intrekkingReden").value(Verwijzing.TOESTEMMING_INGETROKKEN));
        nietGevonden(api.als(wt, get("/api/v1/verwijzingen/{id}", id)));
        api.als(wt, get("/api/v1/verwijzingen").param("open", "false")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id", not(hasItem(id))));
        long versie = versie(begeleider, id);
        api.schrijf(begeleider, post("/api/v1/verwijzingen/{id}/afronding", id), """
                {"versie": %d}""".formatted(versie))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("verwijzing.status.overgang"));
    }

    @Test
    void anotherOrganisationsHouseholdDoesNotExist() throws Exception {
        toestemming();
        String id = maak(wijkteam, "");
        TestData.Wereld ander = data.wereld();
        for (Rol rol : List.of(Rol.TEAMLEIDER, Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.WIJKTEAM)) {
            nietGevonden(api.als(ander.als(rol), get("/api/v1/huishoudens/{id}/verwijzingen", a.huishouden())));
            nietGevonden(api.als(ander.als(rol), get("/api/v1/verwijzingen/{id}", id)));
        }
        nietGevonden(api.schrijf(ander.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/verwijzingen",
                a.huishouden()), verwijzing(wijkteam, "")));
        nietGevonden(api.schrijf(ander.als(Rol.WIJKTEAM), post("/api/v1/verwijzingen/{id}/antwoord", id), """
                {"versie": 2, "antwoord": "GEACCEPTEERD"}"""));
        nietGevonden(api.als(begeleider, get("/api/v1/verwijzingen/{id}", UUID.randomUUID())));
        assertThat(aantal()).isEqualTo(1);
        // an unknown parameter is a 400
        api.als(begeleider, get("/api/v1/huishoudens/{id}/verwijzingen", a.huishouden()).param("status", "OPEN"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void waitingTimesForWhoSteersOnThem() throws Exception {
        toestemming();
        maak(wijkteam, "");
        api.als(w.als(Rol.TEAMLEIDER), get("/api/v1/wachttijden").param("gemeente", w.gemeente().id().toString()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.gemeenteId").value(w.gemeente().id().toString()))
            .andExpect(jsonPath("$.items[?(@.dienstId == '" + wijkteam.id() + "')].wachtend").value(hasItem(1)));
        api.als(begeleider, get("/api/v1/wachttijden").param("gemeente", w.gemeente().id().toString()))
            .andExpect(status().isForbidden());
        nietGevonden(api.als(data.wereld().als(Rol.REGIEVOERDER), get("/api/v1/wachttijden")
            .param("gemeente", w.gemeente().id().toString())));
    }
}
