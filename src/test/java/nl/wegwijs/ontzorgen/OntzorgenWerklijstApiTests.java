package nl.wegwijs.ontzorgen;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The budgetcoach's worklist through the API (OntzorgenWerklijstApiController): theirs only, pages, 403, 400. */
@IntegrationTest
class OntzorgenWerklijstApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

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
    Medewerker coach;
    Traject eerste;
    Traject tweede;

    @BeforeEach
    void wereld() throws Exception {
        api = new ApiFixture(mvc);
        w = data.wereld();
        coach = w.als(Rol.BUDGETCOACH);
        eerste = gestart("Haddad");
        tweede = gestart("Karimi");
    }

    private Traject gestart(String naam) throws Exception {
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, VANDAAG.minusMonths(2), naam));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        api.schrijf(coach, put("/api/v1/huishoudens/{id}/ontzorgen", t.huishouden().value()),
                "{\"start\":\"" + VANDAAG.minusMonths(1).withDayOfMonth(1) + "\"}").andExpect(status().isCreated());
        return t;
    }

    @Test
    void theBudgetcoachPagesThroughTheirWorklist() throws Exception {
        String een = api.als(coach, get("/api/v1/ontzorgen?aantal=1")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(1))
            .andExpect(jsonPath("$.items[0].overgangGeregeld").value(false))
            .andExpect(jsonPath("$.volgende").value(containsString("/api/v1/ontzorgen?aantal=1&na=")))
            .andReturn().getResponse().getContentAsString();
        String twee = api.als(coach, get(java.net.URI.create(JsonPath.read(een, "$.volgende"))))
            .andExpect(status().isOk()).andExpect(jsonPath("$.volgende").value(nullValue()))
            .andReturn().getResponse().getContentAsString();
        List<String> huishoudens = List.of(JsonPath.read(een, "$.items[0].huishoudenId"),
                JsonPath.read(twee, "$.items[0].huishoudenId"));
        assertThat(huishoudens).containsExactlyInAnyOrder(eerste.huishouden().value().toString(),
                tweede.huishouden().value().toString());
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? and actie = 'LEZEN'"
                + " and huishouden_id = ?").params(coach.id(), eerste.huishouden().value()).query(Integer.class)
            .single()).isPositive();
        // another gemeente's budgetcoach sees none of them
        api.als(data.wereld().als(Rol.BUDGETCOACH), get("/api/v1/ontzorgen")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void otherRolesAndBadCursorsAreRefused() throws Exception {
        for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.TEAMLEIDER, Rol.VRIJWILLIGER, Rol.BEHEERDER }) {
            api.als(w.als(rol), get("/api/v1/ontzorgen")).andExpect(status().isForbidden());
        }
        api.als(coach, get("/api/v1/ontzorgen").param("na", "geen-id")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("na"));
        api.als(coach, get("/api/v1/ontzorgen").param("aantal", "0")).andExpect(status().isBadRequest());
        assertThat(UUID.randomUUID()).isNotNull();
    }
}
