package nl.wegwijs.werklijst.api;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The teamleider's caseload per guide (as on the start page): own uitvoerder only, 403 for other roles. */
@IntegrationTest
class CaseloadApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Test
    void theTeamleiderReadsTheCaseloadPerGuideOfTheirOwnUitvoerder() throws Exception {
        ApiFixture api = new ApiFixture(mvc);
        ApiFixture.TweeTeams f = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        Medewerker vw = f.w().als(Rol.VRIJWILLIGER);
        api.als(f.w().als(Rol.TEAMLEIDER), get("/api/v1/werklijst/caseload")).andExpect(status().isOk())
            .andExpect(jsonPath("$.urenTot").value(LocalDate.now().toString()))
            .andExpect(jsonPath("$.items[?(@.id == '%s')].huishoudens".formatted(vw.id())).value(hasItem(1)))
            .andExpect(jsonPath("$.items[?(@.id == '%s')].rol".formatted(vw.id())).value(hasItem("VRIJWILLIGER")))
            .andExpect(jsonPath("$.items[?(@.id == '%s')].huishoudens".formatted(f.w().als(Rol.BEGELEIDER).id()))
                .value(hasItem(0)));
        api.als(data.wereld().als(Rol.TEAMLEIDER), get("/api/v1/werklijst/caseload")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id").value(not(hasItem(vw.id().toString()))));
        for (Rol rol : new Rol[] { Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.BELEID, Rol.BEHEERDER,
                Rol.PRIVACYFUNCTIONARIS }) {
            api.als(f.w().als(rol), get("/api/v1/werklijst/caseload")).andExpect(status().isForbidden());
        }
        api.als(f.w().als(Rol.TEAMLEIDER), get("/api/v1/werklijst/caseload").param("team", "x"))
            .andExpect(status().isBadRequest());
    }
}
