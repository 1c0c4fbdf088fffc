package nl.wegwijs.werklijst.api;

import java.time.LocalDate;
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
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The worklist API gives the rows of the worklist page: scope per role, filters that only narrow, keyset pages with the
 * next page's URL, a name search in a POST body, 403 for a role without households, 400 for bad parameters, and one
 * processing-log row per household shown.
 */
@IntegrationTest
class WerklijstApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    ApiFixture.TweeTeams f;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        f = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(1));
    }

    private List<String> trajecten(Medewerker ik, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r)
            throws Exception {
        String json = api.als(ik, r).andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)).andReturn().getResponse()
            .getContentAsString();
        return JsonPath.read(json, "$.items[*].trajectId");
    }

    private String a() {
        return f.a().id().value().toString();
    }

    private String b() {
        return f.b().id().value().toString();
    }

    @Test
    void eachRoleGetsTheRowsOfItsOwnWorklist() throws Exception {
        assertThat(trajecten(f.w().als(Rol.VRIJWILLIGER), get("/api/v1/werklijst"))).containsExactly(a());
        assertThat(trajecten(f.w().vrijwilliger2(), get("/api/v1/werklijst"))).isEmpty();
        assertThat(trajecten(f.w().begeleiderB(), get("/api/v1/werklijst").param("weergave", "team")))
            .containsExactly(b());
        assertThat(trajecten(f.w().als(Rol.TEAMLEIDER), get("/api/v1/werklijst"))).containsExactlyInAnyOrder(a(), b());
        assertThat(trajecten(f.w().als(Rol.REGIEVOERDER), get("/api/v1/werklijst")))
            .containsExactlyInAnyOrder(a(), b());
        // another organisation's regievoerder sees none of them
        assertThat(trajecten(data.wereld().als(Rol.REGIEVOERDER), get("/api/v1/werklijst"))).isEmpty();
        api.als(f.w().als(Rol.REGIEVOERDER), get("/api/v1/werklijst"))
            .andExpect(jsonPath("$.telling.totaal").value(2))
            .andExpect(jsonPath("$.items[0].volgende.soort").exists())
            .andExpect(jsonPath("$.volgende").value(nullValue()));
    }

    @Test
    void theSameOrderAsTheWorklistPage() throws Exception {
        Medewerker regie = f.w().als(Rol.REGIEVOERDER);
        String json = api.als(regie, get("/api/v1/werklijst")).andReturn().getResponse().getContentAsString();
        List<String> datums = JsonPath.read(json, "$.items[*].volgende.datum");
        assertThat(datums).isSorted();
        // the page lists the households in that order too
        String pagina = mvc.perform(get("/werklijst").with(TestData.als(regie))).andReturn().getResponse()
            .getContentAsString();
        List<String> huishoudens = JsonPath.read(json, "$.items[*].huishoudenId");
        assertThat(pagina.indexOf(huishoudens.get(0))).isLessThan(pagina.indexOf(huishoudens.get(1)))
            .isNotNegative();
    }

    @Test
    void filtersNarrowTheListAndNeverWidenIt() throws Exception {
        Medewerker regie = f.w().als(Rol.REGIEVOERDER);
        assertThat(trajecten(regie, get("/api/v1/werklijst").param("team", f.w().teamA().id().toString())))
            .containsExactly(a());
        assertThat(trajecten(regie, get("/api/v1/werklijst").param("medewerker",
                f.w().als(Rol.VRIJWILLIGER).id().toString()))).containsExactly(a());
        assertThat(trajecten(regie, get("/api/v1/werklijst").param("uitvoerder",
                f.w().uitvoerder().id().toString()))).containsExactlyInAnyOrder(a(), b());
        assertThat(trajecten(regie, get("/api/v1/werklijst").param("status", "AFGEROND"))).isEmpty();
        String status = JsonPath.read(api.als(regie, get("/api/v1/werklijst")).andReturn().getResponse()
            .getContentAsString(), "$.items[0].status");
        assertThat(trajecten(regie, get("/api/v1/werklijst").param("status", status)))
            .containsExactlyInAnyOrder(a(), b());
        assertThat(trajecten(regie, get("/api/v1/werklijst").param("fase", "Opstart"))).isEmpty();
        assertThat(trajecten(regie, get("/api/v1/werklijst").param("vanaf", "2190-01-01"))).isEmpty();
        assertThat(trajecten(regie, get("/api/v1/werklijst").param("vanaf", "1990-01-01").param("tot", "2190-01-01")))
            .containsExactlyInAnyOrder(a(), b());
        // the vrijwilliger asking for team B or for another medewerker still sees only their own
        Medewerker vw = f.w().als(Rol.VRIJWILLIGER);
        assertThat(trajecten(vw, get("/api/v1/werklijst").param("team", f.w().teamB().id().toString()))).isEmpty();
        assertThat(trajecten(vw, get("/api/v1/werklijst").param("weergave", "team"))).containsExactly(a());
    }

    @Test
    void pagesFollowTheNextUrl() throws Exception {
        Medewerker regie = f.w().als(Rol.REGIEVOERDER);
        String eerste = api.als(regie, get("/api/v1/werklijst?aantal=1")).andExpect(status().isOk())
            .andExpect(jsonPath("$.volgende").value(containsString("/api/v1/werklijst?")))
            .andExpect(jsonPath("$.volgende").value(containsString("aantal=1")))
            .andReturn().getResponse().getContentAsString();
        String volgende = JsonPath.read(eerste, "$.volgende");
        List<String> een = JsonPath.read(eerste, "$.items[*].trajectId");
        String tweede = api.als(regie, get(java.net.URI.create(volgende))).andExpect(status().isOk())
            .andExpect(jsonPath("$.volgende").value(nullValue()))
            .andReturn().getResponse().getContentAsString();
        List<String> twee = JsonPath.read(tweede, "$.items[*].trajectId");
        assertThat(een).hasSize(1);
        assertThat(twee).hasSize(1).doesNotContainAnyElementsOf(een);
        assertThat(List.of(een.get(0), twee.get(0))).containsExactlyInAnyOrder(a(), b());
    }

    @Test
    void aNameIsSearchedInTheBodyNeverInTheUrl() throws Exception {
        Medewerker regie = f.w().als(Rol.REGIEVOERDER);
        String json = api.schrijf(regie, post("/api/v1/werklijst/zoeken"), "{\"naam\": \"KARIM\"}")
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(json, "$.items[*].trajectId")).containsExactly(b());
        String metFilter = api.schrijf(regie, post("/api/v1/werklijst/zoeken").param("team",
                f.w().teamA().id().toString()), "{\"naam\": \"karimi\"}")
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(metFilter, "$.items")).isEmpty();
        // the vrijwilliger cannot find a household not assigned to them
        String vw = api.schrijf(f.w().als(Rol.VRIJWILLIGER), post("/api/v1/werklijst/zoeken"), "{\"naam\": \"karimi\"}")
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(vw, "$.items")).isEmpty();
        api.schrijf(regie, post("/api/v1/werklijst/zoeken"), "{\"naam\": \"k\"}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("naam"));
        api.schrijf(regie, post("/api/v1/werklijst/zoeken"), "{}").andExpect(status().isBadRequest());
    }

    @Test
    void aRoleWithoutHouseholdsIsRefused() throws Exception {
        for (Rol rol : new Rol[] { Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.als(f.w().als(rol), get("/api/v1/werklijst")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            api.schrijf(f.w().als(rol), post("/api/v1/werklijst/zoeken"), "{\"naam\": \"karimi\"}")
                .andExpect(status().isForbidden());
        }
    }

    @Test
    void badParametersAnswer400() throws Exception {
        Medewerker regie = f.w().als(Rol.REGIEVOERDER);
        api.als(regie, get("/api/v1/werklijst").param("na", "gisteren")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("na"));
        api.als(regie, get("/api/v1/werklijst").param("na", "2026-02-30_" + UUID.randomUUID()))
            .andExpect(status().isBadRequest());
        api.als(regie, get("/api/v1/werklijst").param("aandacht", "morgen")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("aandacht"));
        api.als(regie, get("/api/v1/werklijst").param("weergave", "alles")).andExpect(status().isBadRequest());
        api.als(regie, get("/api/v1/werklijst").param("status", "KLAAR")).andExpect(status().isBadRequest());
        api.als(regie, get("/api/v1/werklijst").param("vanaf", "2026-02-01").param("tot", "2026-01-01"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("tot"));
        api.als(regie, get("/api/v1/werklijst").param("aantal", "101")).andExpect(status().isBadRequest());
    }

    @Test
    void eachHouseholdShownIsLoggedOnce() throws Exception {
        Medewerker regie = f.w().als(Rol.REGIEVOERDER);
        api.als(regie, get("/api/v1/werklijst")).andExpect(status().isOk());
        assertThat(jdbc.sql("""
                select record_id from verwerking where medewerker_id = ? and record_soort = 'werklijst'
                   and actie = 'LEZEN' and geslaagd""").param(regie.id()).query(UUID.class).list())
            .containsExactlyInAnyOrder(f.a().id().value(), f.b().id().value());
        api.als(f.w().als(Rol.BELEID), get("/api/v1/werklijst"));
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ?")
            .param(f.w().als(Rol.BELEID).id()).query(Integer.class).single()).isZero();
    }
}
