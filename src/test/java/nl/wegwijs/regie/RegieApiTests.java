package nl.wegwijs.regie;

import java.time.LocalDate;
import java.util.List;

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
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The regie overview through the API (RegieApiController): figures for regie and beleid, households for regie. */
@IntegrationTest
class RegieApiTests {

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

    @Test
    void theRegievoerderReadsTheFiguresAndTheHouseholdsBehindThem() throws Exception {
        Medewerker regie = f.w().als(Rol.REGIEVOERDER);
        api.als(regie, get("/api/v1/regie")).andExpect(status().isOk())
            .andExpect(jsonPath("$.huishoudens").value(2));
        api.als(f.w().als(Rol.BELEID), get("/api/v1/regie")).andExpect(status().isOk())
            .andExpect(jsonPath("$.huishoudens").value(2));
        String status = JsonPath.read(api.als(regie, get("/api/v1/trajecten/{id}", f.a().id().value())).andReturn()
            .getResponse().getContentAsString(), "$.status");
        String json = api.als(regie, get("/api/v1/regie/huishoudens").param("cijfer", "stadium")
            .param("status", status)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> huishoudens = JsonPath.read(json, "$.items[*].huishoudenId");
        assertThat(huishoudens).contains(f.a().huishouden().value().toString());
        assertThat(jdbc.sql("select count(*) from verwerking where medewerker_id = ? and record_soort = "
                + "'regie_overzicht' and huishouden_id = ?").params(regie.id(), f.a().huishouden().value())
            .query(Integer.class).single()).isEqualTo(1);
        // another gemeente's regievoerder: not these households
        String ander = api.als(data.wereld().als(Rol.REGIEVOERDER), get("/api/v1/regie/huishoudens")
            .param("cijfer", "stadium").param("status", status)).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(ander, "$.items")).isEmpty();
    }

    @Test
    void otherRolesAndBadParametersAreRefused() throws Exception {
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.BUDGETCOACH, Rol.BEHEERDER }) {
            api.als(f.w().als(rol), get("/api/v1/regie")).andExpect(status().isForbidden());
        }
        api.als(f.w().als(Rol.BELEID), get("/api/v1/regie/huishoudens").param("cijfer", "signalen"))
            .andExpect(status().isForbidden());
        Medewerker regie = f.w().als(Rol.REGIEVOERDER);
        api.als(regie, get("/api/v1/regie/huishoudens").param("cijfer", "alles")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("cijfer"));
        api.als(regie, get("/api/v1/regie/huishoudens").param("cijfer", "stadium")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("status"));
        api.als(regie, get("/api/v1/regie/huishoudens").param("cijfer", "signalen").param("na", "x"))
            .andExpect(status().isBadRequest());
        api.als(regie, get("/api/v1/regie/huishoudens")).andExpect(status().isBadRequest());
    }
}
