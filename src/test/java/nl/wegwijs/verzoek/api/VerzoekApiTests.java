package nl.wegwijs.verzoek.api;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The requests API: submit, list, decide, and its refusals as problem+json (403, 404, 409, 422). */
@IntegrationTest
class VerzoekApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    ApiFixture api;
    TestData.Wereld w;
    Traject t;
    Medewerker tl;
    Medewerker rv;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        tl = w.als(Rol.TEAMLEIDER);
        rv = w.als(Rol.REGIEVOERDER);
        t = data.aanmelding(w, VANDAAG.minusMonths(10));
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, VANDAAG.minusMonths(9));
    }

    private String verlenging(int maanden) {
        return """
                {"soort": "VERLENGING", "maanden": %d, "reden": "Nog veel post", "akkoordOp": "%s",
                 "akkoordWijze": "MONDELING_MET_TOLK"}""".formatted(maanden, VANDAAG);
    }

    private String dienIn(String json) throws Exception {
        String body = api.schrijf(tl, post("/api/v1/huishoudens/{id}/verzoeken", t.huishouden()), json)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/v1/verzoeken/")))
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    @Test
    void teamleiderSubmitsAndTheRegievoerderApproves() throws Exception {
        String id = dienIn(verlenging(6));
        api.als(tl, get("/api/v1/huishoudens/{id}/verzoeken", t.huishouden()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].id").value(id))
            .andExpect(jsonPath("$[0].status").value("INGEDIEND"))
            .andExpect(jsonPath("$[0].akkoordWijze").value("MONDELING_MET_TOLK"));
        api.als(rv, get("/api/v1/verzoeken"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[0].verzoek.id").value(id))
            .andExpect(jsonPath("$.items[0].huishoudenNaam").value("Haddad, Samira"));
        api.schrijf(rv, post("/api/v1/verzoeken/{id}/besluit", id), """
                {"versie": 1, "uitkomst": "GOEDGEKEURD"}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("GOEDGEKEURD"))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(rv, post("/api/v1/verzoeken/{id}/besluit", id), """
                {"versie": 2, "uitkomst": "AFGEWEZEN", "reden": "toch niet"}""")
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.detail", containsString("al besloten")));
        api.als(rv, get("/api/v1/verzoeken")).andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void refusesWithoutAgreementBeyondTheMaximumAndAStaleVersion() throws Exception {
        api.schrijf(tl, post("/api/v1/huishoudens/{id}/verzoeken", t.huishouden()), """
                {"soort": "PRODUCT", "product": "MINDFIT", "reden": "Slaapt slecht"}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", containsString("akkoord")));
        String id = dienIn(verlenging(7));
        api.schrijf(rv, post("/api/v1/verzoeken/{id}/besluit", id), """
                {"versie": 0, "uitkomst": "GOEDGEKEURD"}""")
            .andExpect(status().isConflict());
        api.schrijf(rv, post("/api/v1/verzoeken/{id}/besluit", id), """
                {"versie": 1, "uitkomst": "GOEDGEKEURD"}""")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", containsString("ten hoogste 6 maanden")));
        api.als(rv, get("/api/v1/verzoeken/{id}", id))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("INGEDIEND"))
            .andExpect(jsonPath("$.versie").value(1));
        api.schrijf(tl, post("/api/v1/verzoeken/{id}/besluit", id), """
                {"versie": 1, "uitkomst": "GOEDGEKEURD"}""")
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void otherGemeentenRolesAndCategoriesAreRefused() throws Exception {
        String id = dienIn("""
                {"soort": "PRODUCT", "product": "ANDERS", "productNaam": "Taalcafé", "reden": "Wil oefenen",
                 "akkoordOp": "%s", "akkoordWijze": "SCHRIFTELIJK"}""".formatted(VANDAAG));
        Medewerker ander = data.wereld().als(Rol.REGIEVOERDER);
        api.als(ander, get("/api/v1/verzoeken/{id}", id)).andExpect(status().isNotFound());
        api.schrijf(ander, post("/api/v1/verzoeken/{id}/besluit", id), """
                {"versie": 1, "uitkomst": "GOEDGEKEURD"}""").andExpect(status().isNotFound());
        api.als(w.als(Rol.BUDGETCOACH), get("/api/v1/huishoudens/{id}/verzoeken", t.huishouden()))
            .andExpect(status().isForbidden());
        api.als(w.als(Rol.BEGELEIDER), get("/api/v1/verzoeken")).andExpect(status().isNotFound());
        api.als(w.als(Rol.BEGELEIDER), get("/api/v1/verzoeken/{id}", id))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.productNaam").value("Taalcafé"))
            .andExpect(header().string("Content-Type", endsWith("json")));
    }

    @Test
    void theListFiltersOnKindStatusAndDateAndPagesByUrl() throws Exception {
        String verlenging = dienIn(verlenging(6));
        String product = dienIn("""
                {"soort": "PRODUCT", "product": "MINDFIT", "reden": "Slaapt slecht", "akkoordOp": "%s",
                 "akkoordWijze": "MONDELING_MET_TOLK"}""".formatted(VANDAAG));
        for (Medewerker wie : java.util.List.of(tl, rv)) {
            api.als(wie, get("/api/v1/verzoeken?soort=VERLENGING"))
                .andExpect(jsonPath("$.items[*].verzoek.id").value(org.hamcrest.Matchers.contains(verlenging)));
            api.als(wie, get("/api/v1/verzoeken?soort=PRODUCT&status=INGEDIEND"))
                .andExpect(jsonPath("$.items[*].verzoek.id").value(org.hamcrest.Matchers.contains(product)));
            api.als(wie, get("/api/v1/verzoeken?status=GOEDGEKEURD")).andExpect(jsonPath("$.items.length()").value(0));
            api.als(wie, get("/api/v1/verzoeken?ingediendVanaf=" + VANDAAG))
                .andExpect(jsonPath("$.items.length()").value(2));
            api.als(wie, get("/api/v1/verzoeken?ingediendTot=" + VANDAAG))
                .andExpect(jsonPath("$.items.length()").value(0));
            String eerste = api.als(wie, get("/api/v1/verzoeken?ingediendVanaf=" + VANDAAG + "&aantal=1"))
                .andExpect(jsonPath("$.items.length()").value(1)).andReturn().getResponse().getContentAsString();
            String volgende = JsonPath.read(eerste, "$.volgende");
            org.assertj.core.api.Assertions.assertThat(volgende)
                .startsWith("http://localhost/api/v1/verzoeken?ingediendVanaf=" + VANDAAG + "&aantal=1&na=");
            api.als(wie, get(java.net.URI.create(volgende))).andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].verzoek.id").value(org.hamcrest.Matchers.not(
                        JsonPath.<String>read(eerste, "$.items[0].verzoek.id"))))
                .andExpect(jsonPath("$.volgende").value((Object) null));
            for (String fout : java.util.List.of("soort=ANDERS", "aantal=0", "aantal=101", "aantal=-1", "aantal=abc",
                    "gemeente=x")) {
                api.als(wie, get("/api/v1/verzoeken?" + fout)).andExpect(status().isBadRequest());
            }
        }
        // another gemeente's regievoerder cannot widen with a filter
        api.als(data.wereld().als(Rol.REGIEVOERDER), get("/api/v1/verzoeken?soort=VERLENGING"))
            .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void theRequesterWithdrawsAnOpenRequest() throws Exception {
        String id = dienIn(verlenging(6));
        String pad = "/api/v1/verzoeken/" + id + "/intrekking";
        ApiFixture.nietGevonden(api.schrijf(data.wereld().als(Rol.TEAMLEIDER), post(pad), "{\"versie\": 1}"));
        // the regievoerder sees it but did not submit it
        api.schrijf(rv, post(pad), "{\"versie\": 1}").andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Alleen wie het verzoek indiende, kan het intrekken."));
        // the budgetcoach sees the household but not its progress without consent
        api.schrijf(w.als(Rol.BUDGETCOACH), post(pad), "{\"versie\": 1}").andExpect(status().isForbidden());
        api.schrijf(tl, post(pad), "{\"versie\": 0}").andExpect(status().isConflict());
        api.schrijf(tl, post(pad), "{}").andExpect(status().isPreconditionRequired());
        api.schrijf(tl, post(pad), "{\"versie\": 1}").andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("INGETROKKEN")).andExpect(jsonPath("$.versie").value(2));
        api.schrijf(tl, post(pad), "{\"versie\": 2}").andExpect(status().isConflict());
        api.schrijf(rv, post("/api/v1/verzoeken/{id}/besluit", id), """
                {"versie": 2, "uitkomst": "GOEDGEKEURD"}""").andExpect(status().isConflict());
    }
}
