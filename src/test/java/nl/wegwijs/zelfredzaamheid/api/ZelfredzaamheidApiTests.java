package nl.wegwijs.zelfredzaamheid.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The self-reliance API: instruments for everyone, settings for beheerder and regievoerder, measurements (record,
 * correct) and the plan for the guidance; 404 for another organisation's household, 403 for a role without the
 * operation or without consent, 409 on a stale version, 400 and 422 that write nothing.
 */
@IntegrationTest
class ZelfredzaamheidApiTests {

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

    ApiFixture api;
    TestData.Wereld w;
    Traject a;
    HuishoudenId h;
    UUID samira;
    Instrument vw;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        w = wereld.w();
        a = wereld.a();
        h = a.huishouden();
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), h).huishouden().hoofdpersoon().id();
        vw = zelf.instrumenten().get(0);
    }

    /** A measurement body: every component of the first domain at {@code niveau}, the first at {@code eerste}. */
    String meting(LocalDate op, int eerste, int niveau) {
        List<String> scores = new ArrayList<>();
        for (UUID item : vw.domeinen().get(0).items()) {
            scores.add("{\"itemId\": \"%s\", \"status\": \"NIVEAU\", \"niveau\": %d, \"wijze\": \"NETWERK\"}"
                .formatted(item, scores.isEmpty() ? eerste : niveau));
        }
        return """
                {"persoonId": "%s", "gemetenOp": "%s", "notitie": "Samen met tolk", "scores": [%s]}"""
            .formatted(samira, op, String.join(", ", scores));
    }

    String correctie(long versie, int eerste, String reden) {
        String body = meting(VANDAAG.minusDays(2), eerste, 3);
        return body.substring(0, body.length() - 1) + ", \"versie\": " + versie
                + (reden == null ? "" : ", \"reden\": \"" + reden + "\"") + "}";
    }

    String meet(Medewerker wie, LocalDate op, int eerste) throws Exception {
        String antwoord = api.schrijf(wie, post("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen", h),
                meting(op, eerste, 3))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location",
                    matchesPattern(".*/api/v1/huishoudens/" + h + "/zelfredzaamheid/metingen/[0-9a-f-]{36}")))
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    String eersteNiveau(String meting) {
        return jdbc.sql("select versie || ':' || s.niveau from zr_meting m join zr_score s on s.meting_id = m.id "
                + "and s.item_id = ? where m.id = ?::uuid")
            .params(vw.domeinen().get(0).items().get(0), meting).query(String.class).single();
    }

    long metingen() {
        return jdbc.sql("select count(*) from zr_meting where huishouden_id = ?").param(h.value()).query(Long.class)
            .single();
    }

    @Test
    void everyMedewerkerReadsTheInstruments() throws Exception {
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/zelfredzaamheid/instrumenten"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].code").value(contains("VW", "VWN6", "ZRM13")))
            .andExpect(jsonPath("$.volgende").value((Object) null));
        String eerste = api.als(w.als(Rol.BEHEERDER), get("/api/v1/zelfredzaamheid/instrumenten?aantal=2"))
            .andExpect(jsonPath("$.items", hasSize(2)))
            .andReturn().getResponse().getContentAsString();
        String volgende = JsonPath.read(eerste, "$.volgende");
        assertThat(volgende).startsWith("http://localhost/api/v1/zelfredzaamheid/instrumenten?aantal=2&na=");
        api.als(w.als(Rol.BEHEERDER), get(java.net.URI.create(volgende)))
            .andExpect(jsonPath("$.items[*].code").value(contains("ZRM13")));
        api.als(w.als(Rol.BELEID), get("/api/v1/zelfredzaamheid/instrumenten/{id}", vw.id()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.domeinen", hasSize(7)))
            .andExpect(jsonPath("$.domeinen[0].onderdelen", hasSize(5)))
            .andExpect(jsonPath("$.schaal", hasSize(5)))
            .andExpect(jsonPath("$.schaal[4].naam").value("Volledig zelfredzaam"))
            .andExpect(jsonPath("$.voldoende").value(4));
        nietGevonden(api.als(w.als(Rol.BEGELEIDER), get("/api/v1/zelfredzaamheid/instrumenten/{id}",
                UUID.randomUUID())));
        api.als(w.als(Rol.BEGELEIDER), get("/api/v1/zelfredzaamheid/instrumenten?onbekend=1"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void theBeheerderAndTheRegievoerderSetAContractsRule() throws Exception {
        String contract = w.contract().id().toString();
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        api.als(rv, get("/api/v1/zelfredzaamheid/instellingen")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].contractId").value(contains(contract)))
            .andExpect(jsonPath("$.items[0].standaard").value(true))
            .andExpect(jsonPath("$.items[0].versie").value(0))
            .andExpect(jsonPath("$.items[0].geldendeDrempel").value(4));
        String body = """
                {"versie": %d, "instrumentId": "%s", "momenten": [12, 3, 8], "nulmetingWeken": 6, "drempel": 3,
                 "toegestaanOnder": 1}""";
        api.schrijf(rv, put("/api/v1/zelfredzaamheid/instellingen/{c}", contract), body.formatted(0, vw.id()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.momenten").value(contains(3, 8, 12)))
            .andExpect(jsonPath("$.drempel").value(3))
            .andExpect(jsonPath("$.standaard").value(false))
            .andExpect(jsonPath("$.versie").value(1));
        api.als(w.als(Rol.BEHEERDER), get("/api/v1/zelfredzaamheid/instellingen/{c}", contract))
            .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
            .andExpect(jsonPath("$.toegestaanOnder").value(1));
        // stale: someone saved in between
        api.schrijf(w.als(Rol.BEHEERDER), put("/api/v1/zelfredzaamheid/instellingen/{c}", contract),
                body.formatted(0, vw.id())).andExpect(status().isConflict());
        // a rule outside the scale: 422, nothing written
        api.schrijf(rv, put("/api/v1/zelfredzaamheid/instellingen/{c}", contract),
                body.formatted(1, vw.id()).replace("\"drempel\": 3", "\"drempel\": 9"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("zelfredzaamheid.fout.drempel"));
        assertThat(zelf.instelling(rv, w.contract().id()).drempel()).isEqualTo(3);
        // the guidance may not; another gemeente's regievoerder does not find it
        api.als(w.als(Rol.BEGELEIDER), get("/api/v1/zelfredzaamheid/instellingen")).andExpect(status().isForbidden());
        api.schrijf(w.als(Rol.TEAMLEIDER), put("/api/v1/zelfredzaamheid/instellingen/{c}", contract),
                body.formatted(1, vw.id())).andExpect(status().isForbidden());
        nietGevonden(api.als(data.wereld().als(Rol.REGIEVOERDER),
                get("/api/v1/zelfredzaamheid/instellingen/{c}", contract)));
    }

    @Test
    void aGuideRecordsAMeasurementAndReadsTheStand() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        api.als(b, get("/api/v1/huishoudens/{id}/zelfredzaamheid", h)).andExpect(status().isOk())
            .andExpect(jsonPath("$.stand").value((Object) null))
            .andExpect(jsonPath("$.magVastleggen").value(true))
            .andExpect(jsonPath("$.onderwerpen[0].id").value(samira.toString()));
        String id = meet(w.als(Rol.VRIJWILLIGER), VANDAAG.minusDays(2), 4);
        api.als(b, get("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen/{m}", h, id)).andExpect(status().isOk())
            .andExpect(header().string("ETag", "\"1\""))
            .andExpect(jsonPath("$.soort").value("NULMETING"))
            .andExpect(jsonPath("$.scores", hasSize(5)))
            .andExpect(jsonPath("$.scores[0].niveauNaam").value("Voldoende zelfredzaam"))
            .andExpect(jsonPath("$.scores[0].itemNaam").value(startsWith("Wonen – ")))
            .andExpect(jsonPath("$.correcties").isEmpty());
        api.als(b, get("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen", h)).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id").value(contains(id)));
        api.als(b, get("/api/v1/huishoudens/{id}/zelfredzaamheid", h)).andExpect(status().isOk())
            .andExpect(jsonPath("$.stand.zelfredzaamGenoeg").value(false))
            .andExpect(jsonPath("$.stand.tekortOp", hasSize(4)))
            .andExpect(jsonPath("$.drempel").value(4));

        // the gemeente sees the results only with the person's consent
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        api.als(rv, get("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen", h)).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.gegevenssoort").value("ZELFREDZAAMHEID"));
        data.toestemming(w, a, Rol.REGIEVOERDER, Gegevenssoort.ZELFREDZAAMHEID);
        api.als(rv, get("/api/v1/huishoudens/{id}/zelfredzaamheid", h)).andExpect(status().isOk())
            .andExpect(jsonPath("$.magVastleggen").value(false));
        // … and may not record: 403, nothing written
        api.schrijf(rv, post("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen", h),
                meting(VANDAAG, 3, 3)).andExpect(status().isForbidden());
        // another organisation's household does not exist
        for (Medewerker wie : List.of(data.wereld().als(Rol.TEAMLEIDER), w.begeleiderB(), w.als(Rol.BEHEERDER))) {
            nietGevonden(api.als(wie, get("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen/{m}", h, id)));
            nietGevonden(api.schrijf(wie, post("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen", h),
                    meting(VANDAAG, 3, 3)));
        }
        assertThat(metingen()).isEqualTo(1);
    }

    @Test
    void aLevelOutsideTheScaleIs422InDutchAndAMissingFieldIs400WithNothingWritten() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        api.schrijf(b, post("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen", h), meting(VANDAAG, 6, 3))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("zelfredzaamheid.fout.niveau-buiten-schaal"))
            .andExpect(jsonPath("$.detail").value(startsWith("Het niveau bij ‘Wonen – ")));
        api.schrijf(b, post("/api/v1/huishoudens/{id}/zelfredzaamheid/metingen", h),
                meting(VANDAAG, 3, 3).replace("\"gemetenOp\": \"" + VANDAAG + "\", ", ""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("gemetenOp"));
        assertThat(metingen()).isZero();
    }

    @Test
    void aGuideCorrectsAMeasurementWithAReasonAtTheVersionSeen() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        String id = meet(b, VANDAAG.minusDays(2), 1);
        String pad = "/api/v1/huishoudens/{id}/zelfredzaamheid/metingen/{m}";
        api.schrijf(b, put(pad, h, id), correctie(1, 4, "Verkeerd niveau aangeklikt bij Wonen."))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.versie").value(2))
            .andExpect(jsonPath("$.scores[?(@.itemId == '%s')].niveau".formatted(vw.domeinen().get(0).items().get(0)))
                .value(contains(4)))
            .andExpect(jsonPath("$.correcties[0].reden").value("Verkeerd niveau aangeklikt bij Wonen."))
            .andExpect(jsonPath("$.correcties[0].versie").value(2));
        assertThat(eersteNiveau(id)).isEqualTo("2:4");
        // stale version: 409, nothing written
        api.schrijf(w.als(Rol.TEAMLEIDER), put(pad, h, id), correctie(1, 5, "Nog eens"))
            .andExpect(status().isConflict());
        // a level outside the scale: 422 in Dutch, nothing written
        api.schrijf(b, put(pad, h, id), correctie(2, 7, "Nog eens"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("zelfredzaamheid.fout.niveau-buiten-schaal"))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("kies een niveau van 1 tot en "
                    + "met 5")));
        // no reason: 400, nothing written
        api.schrijf(b, put(pad, h, id), correctie(2, 5, null)).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("reden"));
        // without a version at all: 428
        api.schrijf(b, put(pad, h, id), meting(VANDAAG, 5, 3)).andExpect(status().isPreconditionRequired());
        // the gemeente (with consent) may not correct; another team's guide does not find it
        data.toestemming(w, a, Rol.REGIEVOERDER, Gegevenssoort.ZELFREDZAAMHEID);
        api.schrijf(w.als(Rol.REGIEVOERDER), put(pad, h, id), correctie(2, 5, "Fout")).andExpect(status().isForbidden());
        nietGevonden(api.schrijf(w.begeleiderB(), put(pad, h, id), correctie(2, 5, "Fout")));
        nietGevonden(api.schrijf(b, put(pad, h, UUID.randomUUID()), correctie(2, 5, "Fout")));
        assertThat(eersteNiveau(id)).isEqualTo("2:4");
        assertThat(jdbc.sql("select count(*) from zr_meting_correctie where meting_id = ?::uuid").param(id)
            .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theGuidanceAddsAndTicksOffPlanActions() throws Exception {
        Medewerker b = w.als(Rol.BEGELEIDER);
        String meting = meet(b, VANDAAG.minusDays(2), 2);
        Domein wonen = vw.domeinen().get(0);
        String actie = """
                {"metingId": "%s", "domeinId": "%s", "omschrijving": "Meterstanden zelf doorgeven",
                 "uitvoerder": "PERSOON", "prioriteit": "URGENT"}""".formatted(meting, wonen.id());
        String antwoord = api.schrijf(w.als(Rol.VRIJWILLIGER), post("/api/v1/huishoudens/{id}/zelfredzaamheid/"
                + "begeleidingsplan", h), actie)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/zelfredzaamheid/begeleidingsplan/[0-9a-f-]{36}")))
            .andExpect(jsonPath("$.domeinNaam").value("Wonen"))
            .andExpect(jsonPath("$.afgerond").value(false))
            .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(antwoord, "$.id");
        String pad = "/api/v1/huishoudens/{id}/zelfredzaamheid/begeleidingsplan/{a}";
        api.schrijf(b, put(pad, h, id), "{\"versie\": 1, \"afgerond\": true}").andExpect(status().isOk())
            .andExpect(jsonPath("$.afgerond").value(true))
            .andExpect(jsonPath("$.afgerondOp").value(VANDAAG.toString()))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(b, put(pad, h, id), "{\"versie\": 1, \"afgerond\": false}").andExpect(status().isConflict());
        nietGevonden(api.schrijf(b, put(pad, h, UUID.randomUUID()), "{\"versie\": 1, \"afgerond\": false}"));
        api.als(b, get("/api/v1/huishoudens/{id}/zelfredzaamheid/begeleidingsplan", h)).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id").value(contains(id)));
        api.als(b, get(pad, h, id)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        // PARTNER without a partner: 422; another role: 403; nothing written
        api.schrijf(b, post("/api/v1/huishoudens/{id}/zelfredzaamheid/begeleidingsplan", h),
                actie.replace("PERSOON", "PARTNER")).andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("zelfredzaamheid.fout.partner-leeg"));
        api.schrijf(w.als(Rol.BUDGETCOACH), post("/api/v1/huishoudens/{id}/zelfredzaamheid/begeleidingsplan", h),
                actie).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from zr_actie where huishouden_id = ?").param(h.value())
            .query(Long.class).single()).isEqualTo(1);
    }
}
