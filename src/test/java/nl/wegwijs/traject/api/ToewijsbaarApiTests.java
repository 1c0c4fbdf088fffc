package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The guide picker through the API: the team's guides and the name search in a POST body (teamleider only; 403 for
 * another role, 404 for another uitvoerder's trajectory, 400 for a too short name).
 */
@IntegrationTest
class ToewijsbaarApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    ApiFixture api;
    ApiFixture.TweeTeams f;
    Medewerker tl;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        f = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        tl = f.w().als(Rol.TEAMLEIDER);
    }

    private String pad(String rest) {
        return "/api/v1/trajecten/" + f.a().id().value() + "/toewijsbaar" + rest;
    }

    @Test
    void theTeamleiderSeesTheTeamsGuidesAndSearchesTheWholeUitvoerderByName() throws Exception {
        String begeleider = f.w().als(Rol.BEGELEIDER).id().toString();
        String begeleiderB = f.w().begeleiderB().id().toString();
        api.als(tl, get(pad(""))).andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id").value(hasItem(begeleider)))
            .andExpect(jsonPath("$.items[*].id").value(hasItem(f.w().als(Rol.VRIJWILLIGER).id().toString())))
            .andExpect(jsonPath("$.items[*].id").value(not(hasItem(begeleiderB))))
            .andExpect(jsonPath("$.items[?(@.id == '%s')].rol".formatted(begeleider)).value(hasItem("BEGELEIDER")))
            .andExpect(jsonPath("$.meer").value(false));
        // the name goes in the body; a guide of team B is found too
        api.schrijf(tl, post(pad("/zoeken")), "{\"naam\": \"%s\"}".formatted(f.w().begeleiderB().naam()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id").value(hasItem(begeleiderB)))
            .andExpect(jsonPath("$.items.length()").value(1));
        api.schrijf(tl, post(pad("/zoeken")), "{\"naam\": \"a\"}").andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("naam"));
        api.schrijf(tl, post(pad("/zoeken")), "{}").andExpect(status().isBadRequest());
    }

    @Test
    void otherRolesGet403AndAnotherUitvoerdersTrajectory404() throws Exception {
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.VRIJWILLIGER, Rol.BEHEERDER }) {
            api.als(f.w().als(rol), get(pad(""))).andExpect(status().isForbidden());
            api.schrijf(f.w().als(rol), post(pad("/zoeken")), "{\"naam\": \"Naam\"}")
                .andExpect(status().isForbidden());
        }
        Medewerker ander = data.wereld().als(Rol.TEAMLEIDER);
        nietGevonden(api.als(ander, get(pad(""))));
        nietGevonden(api.schrijf(ander, post(pad("/zoeken")), "{\"naam\": \"Naam\"}"));
        nietGevonden(api.als(tl, get("/api/v1/trajecten/" + UUID.randomUUID() + "/toewijsbaar")));
    }
}
