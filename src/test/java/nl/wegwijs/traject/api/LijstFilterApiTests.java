package nl.wegwijs.traject.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The household and trajectory lists' filters (each narrows, combined too, never widens a role's scope), the next
 * page as a URL that keeps them, refusals of bad parameters, and the name search by POST.
 */
@IntegrationTest
class LijstFilterApiTests {

    static final LocalDate BRP = LocalDate.now().minusMonths(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    Traject a;
    Traject b;

    /** A: team A, the vrijwilliger assigned, registered at BRP; B: team B, registered a month earlier. */
    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, BRP);
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
    }

    String ha() {
        return a.huishouden().toString();
    }

    String hb() {
        return b.huishouden().toString();
    }

    String ta() {
        return a.id().toString();
    }

    String tb() {
        return b.id().toString();
    }

    List<String> ids(Medewerker wie, String pad) throws Exception {
        String json = api.als(wie, get(pad)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        return JsonPath.read(json, "$.items[*].id");
    }

    @Test
    void eachFilterNarrowsTheHouseholdList() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        String l = "/api/v1/huishoudens?";
        assertThat(ids(tl, l)).containsExactlyInAnyOrder(ha(), hb());
        assertThat(ids(tl, l + "team=" + w.teamA().id())).containsExactly(ha());
        assertThat(ids(tl, l + "team=" + w.teamB().id())).containsExactly(hb());
        assertThat(ids(tl, l + "medewerker=" + w.als(Rol.VRIJWILLIGER).id())).containsExactly(ha());
        assertThat(ids(tl, l + "medewerker=" + w.vrijwilliger2().id())).isEmpty();
        assertThat(ids(tl, l + "status=INTAKE")).containsExactlyInAnyOrder(ha(), hb());
        assertThat(ids(tl, l + "status=ACTIEF")).isEmpty();
        assertThat(ids(tl, l + "status=ACTIEF,INTAKE")).containsExactlyInAnyOrder(ha(), hb());
        assertThat(ids(tl, l + "status=ACTIEF&status=INTAKE")).containsExactlyInAnyOrder(ha(), hb());
        assertThat(ids(tl, l + "aangemeldVanaf=" + BRP)).containsExactly(ha());
        assertThat(ids(tl, l + "aangemeldTot=" + BRP)).containsExactly(hb());
        assertThat(ids(tl, l + "gemeente=" + w.gemeente().id())).containsExactlyInAnyOrder(ha(), hb());
        assertThat(ids(tl, l + "gemeente=" + data.wereld().gemeente().id())).isEmpty();
        assertThat(ids(tl, l + "uitvoerder=" + w.uitvoerder().id())).containsExactlyInAnyOrder(ha(), hb());
        String fase = jdbc.sql("update traject set fase_code = 'FASE2' where id = ? returning fase_code")
            .param(a.id().value()).query(String.class).single();
        assertThat(ids(tl, l + "fase=" + fase)).containsExactly(ha());
        assertThat(ids(tl, l + "fase=GEEN")).isEmpty();
        // combined
        assertThat(ids(tl, l + "team=" + w.teamA().id() + "&status=INTAKE")).containsExactly(ha());
        assertThat(ids(tl, l + "team=" + w.teamA().id() + "&aangemeldTot=" + BRP)).isEmpty();
    }

    @Test
    void eachFilterNarrowsTheTrajectoryList() throws Exception {
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        String l = "/api/v1/trajecten?";
        assertThat(ids(rv, l)).containsExactlyInAnyOrder(ta(), tb());
        assertThat(ids(rv, l + "team=" + w.teamA().id())).containsExactly(ta());
        assertThat(ids(rv, l + "medewerker=" + w.als(Rol.VRIJWILLIGER).id())).containsExactly(ta());
        assertThat(ids(rv, l + "status=AFGEROND")).isEmpty();
        assertThat(ids(rv, l + "aangemeldVanaf=" + BRP.minusMonths(1) + "&aangemeldTot=" + BRP)).containsExactly(tb());
        assertThat(ids(rv, l + "uitvoerder=" + w.uitvoerder().id() + "&team=" + w.teamB().id())).containsExactly(tb());
    }

    @Test
    void filtersNeverWidenWhatARoleMaySee() throws Exception {
        for (String lijst : List.of("/api/v1/huishoudens?", "/api/v1/trajecten?")) {
            assertThat(ids(w.als(Rol.VRIJWILLIGER), lijst + "team=" + w.teamB().id())).isEmpty();
            assertThat(ids(w.vrijwilliger2(), lijst + "team=" + w.teamA().id())).isEmpty();
            assertThat(ids(w.vrijwilliger2(), lijst + "medewerker=" + w.als(Rol.VRIJWILLIGER).id())).isEmpty();
            assertThat(ids(w.vrijwilliger2(), lijst + "gemeente=" + w.gemeente().id())).isEmpty();
            assertThat(ids(w.begeleiderB(), lijst + "team=" + w.teamA().id())).isEmpty();
            assertThat(ids(data.wereld().als(Rol.REGIEVOERDER), lijst + "gemeente=" + w.gemeente().id())).isEmpty();
        }
    }

    @Test
    void theNextPageIsAUrlThatKeepsTheFiltersAndTheLastPageHasNone() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        for (String lijst : List.of("/api/v1/huishoudens", "/api/v1/trajecten")) {
            String eerste = api.als(tl, get(lijst + "?status=INTAKE&uitvoerder=" + w.uitvoerder().id() + "&aantal=1"))
                .andExpect(jsonPath("$.items.length()").value(1)).andReturn().getResponse().getContentAsString();
            String volgende = JsonPath.read(eerste, "$.volgende");
            assertThat(volgende).startsWith("http://localhost" + lijst + "?status=INTAKE&uitvoerder="
                    + w.uitvoerder().id() + "&aantal=1&na=");
            String tweede = api.als(tl, get(URI.create(volgende))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.volgende").value((Object) null))
                .andReturn().getResponse().getContentAsString();
            assertThat(List.of(JsonPath.<String>read(eerste, "$.items[0].id"),
                    JsonPath.<String>read(tweede, "$.items[0].id"))).doesNotHaveDuplicates();
            // a page that is exactly full is the last one when nothing follows
            api.als(tl, get(lijst + "?aantal=2")).andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.volgende").value((Object) null));
            // a filter on the next page still narrows: team A holds one, so no next page
            api.als(tl, get(lijst + "?team=" + w.teamA().id() + "&aantal=1"))
                .andExpect(jsonPath("$.volgende").value((Object) null));
        }
    }

    @Test
    void badParametersAre400() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        for (String lijst : List.of("/api/v1/huishoudens", "/api/v1/trajecten")) {
            for (String aantal : List.of("0", "101", "-1", "abc")) {
                api.als(tl, get(lijst + "?aantal=" + aantal)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.invalidParams[0].name").value("aantal"));
            }
            api.als(tl, get(lijst + "?naam=Haddad")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("naam"));
            api.als(tl, get(lijst + "?status=ONZIN")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("status"));
            api.als(tl, get(lijst + "?team=geen-id")).andExpect(status().isBadRequest());
            api.als(tl, get(lijst + "?aangemeldVanaf=gisteren")).andExpect(status().isBadRequest());
            api.als(tl, get(lijst + "?team=" + w.teamA().id() + "&team=" + w.teamB().id()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("team"));
        }
    }

    @Test
    void theNameSearchTakesTheNameInTheBodyAndPagesByPost() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        String eerste = api.schrijf(tl, post("/api/v1/huishoudens/zoeken"), "{\"naam\": \" SAMI \", \"aantal\": 1}")
            .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(1))
            .andReturn().getResponse().getContentAsString();
        String volgende = JsonPath.read(eerste, "$.volgende");
        assertThat(volgende).startsWith("http://localhost/api/v1/huishoudens/zoeken?na=").doesNotContain("sami");
        String tweede = api.schrijf(tl, post(URI.create(volgende)), "{\"naam\": \" SAMI \", \"aantal\": 1}")
            .andExpect(status().isOk()).andExpect(jsonPath("$.volgende").value((Object) null))
            .andReturn().getResponse().getContentAsString();
        assertThat(List.of(JsonPath.<String>read(eerste, "$.items[0].id"),
                JsonPath.<String>read(tweede, "$.items[0].id"))).containsExactlyInAnyOrder(ha(), hb());
        api.schrijf(tl, post("/api/v1/huishoudens/zoeken"), "{\"naam\": \"karimi\"}")
            .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(hb())));
        api.schrijf(tl, post("/api/v1/huishoudens/zoeken"),
                "{\"naam\": \"karimi\", \"team\": \"%s\"}".formatted(w.teamA().id()))
            .andExpect(jsonPath("$.items.length()").value(0));
        api.schrijf(tl, post("/api/v1/huishoudens/zoeken"), "{\"naam\": \"100%\"}")
            .andExpect(jsonPath("$.items.length()").value(0));
        // the vrijwilliger finds only their own household
        api.schrijf(w.als(Rol.VRIJWILLIGER), post("/api/v1/huishoudens/zoeken"), "{\"naam\": \"samira\"}")
            .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(ha())));
        api.schrijf(w.vrijwilliger2(), post("/api/v1/huishoudens/zoeken"), "{\"naam\": \"samira\"}")
            .andExpect(jsonPath("$.items.length()").value(0));
        // refusals
        api.schrijf(tl, post("/api/v1/huishoudens/zoeken"), "{\"naam\": \"s\"}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("naam"));
        api.schrijf(tl, post("/api/v1/huishoudens/zoeken"), "{\"naam\": \"samira\", \"aantal\": 101}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("aantal"));
        api.schrijf(tl, post("/api/v1/huishoudens/zoeken?naam=samira"), "{\"naam\": \"samira\"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("naam"));
        api.schrijf(tl, post("/api/v1/huishoudens/zoeken"), "{\"naam\": \"samira\", \"status\": [\"ONZIN\"]}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("status"));
    }

    @Test
    void theNameSearchLogsOnlyTheHouseholdsShown() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        long overA = logregels(tl, a);
        long overB = logregels(tl, b);
        api.schrijf(tl, post("/api/v1/huishoudens/zoeken"), "{\"naam\": \"karimi\"}").andExpect(status().isOk());
        assertThat(logregels(tl, a)).isEqualTo(overA);
        assertThat(logregels(tl, b)).isGreaterThan(overB);
    }

    private long logregels(Medewerker wie, Traject t) {
        return jdbc.sql("""
                select count(*) from verwerking v join persoon p on p.id = v.betrokkene_id
                 where v.medewerker_id = ? and p.huishouden_id = ?""").params(wie.id(), t.huishouden().value())
            .query(Long.class).single();
    }
}
