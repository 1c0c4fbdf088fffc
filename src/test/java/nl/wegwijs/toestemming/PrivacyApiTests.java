package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.UUID;

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

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The privacy page through the API: emergency overrides per page with the register's figures, and "gezien". */
@IntegrationTest
class PrivacyApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService service;

    ApiFixture api;
    TestData.Wereld w;
    UUID eerste;
    UUID tweede;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams f = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(2));
        w = f.w();
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        Traject a = f.a();
        Traject b = f.b();
        eerste = service.doorbreek(rv, a.huishouden(), "Acuut gevaar: melding van de school");
        tweede = service.doorbreek(rv, b.huishouden(), "Acuut gevaar: dreigende huisuitzetting");
    }

    @Test
    void thePrivacyOfficerPagesTheOverridesAndMarksOneSeen() throws Exception {
        Medewerker fg = w.als(Rol.PRIVACYFUNCTIONARIS);
        String pagina = api.als(fg, get("/api/v1/privacy").param("aantal", "1")).andExpect(status().isOk())
            .andExpect(jsonPath("$.doorbraken.length()").value(1))
            .andExpect(jsonPath("$.doorbraken[0].id").value(tweede.toString()))
            .andExpect(jsonPath("$.doorbraken[0].rol").value("REGIEVOERDER"))
            .andExpect(jsonPath("$.doorbraken[0].doorMijGezien").value(false))
            .andExpect(jsonPath("$.perGegevenssoort.NOTITIES").isNumber())
            .andExpect(jsonPath("$.perDoel.REGIE").isNumber())
            .andExpect(jsonPath("$.volgende", containsString("na=")))
            .andReturn().getResponse().getContentAsString();
        String volgende = JsonPath.read(pagina, "$.volgende");
        api.als(fg, get(volgende)).andExpect(status().isOk())
            .andExpect(jsonPath("$.doorbraken.length()").value(1))
            .andExpect(jsonPath("$.doorbraken[0].id").value(eerste.toString()))
            .andExpect(jsonPath("$.volgende").value(nullValue()));
        api.als(fg, get("/api/v1/privacy").param("na", "x_y")).andExpect(status().isBadRequest());

        api.als(fg, post("/api/v1/doorbraken/{id}/gezien", eerste).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().isNoContent()).andExpect(content().string(""));
        api.als(fg, get("/api/v1/privacy")).andExpect(status().isOk())
            .andExpect(jsonPath("$.doorbraken[1].id").value(eerste.toString()))
            .andExpect(jsonPath("$.doorbraken[1].doorMijGezien").value(true))
            .andExpect(jsonPath("$.doorbraken[1].gezien", containsString(fg.naam())));
        // the teamleider of the uitvoerder has the page too
        api.als(w.als(Rol.TEAMLEIDER), get("/api/v1/privacy")).andExpect(status().isOk())
            .andExpect(jsonPath("$.doorbraken.length()").value(2));
    }

    @Test
    void otherRolesGet403AndAnotherOrganisations404() throws Exception {
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.BELEID, Rol.BEHEERDER }) {
            api.als(w.als(rol), get("/api/v1/privacy")).andExpect(status().isForbidden());
            api.als(w.als(rol), post("/api/v1/doorbraken/{id}/gezien", eerste).with(csrf))
                .andExpect(status().isForbidden());
        }
        Medewerker andereFg = data.wereld().als(Rol.PRIVACYFUNCTIONARIS);
        api.als(andereFg, get("/api/v1/privacy")).andExpect(status().isOk())
            .andExpect(jsonPath("$.doorbraken.length()").value(0));
        nietGevonden(api.als(andereFg, post("/api/v1/doorbraken/{id}/gezien", eerste).with(csrf)));
        nietGevonden(api.als(w.als(Rol.PRIVACYFUNCTIONARIS),
                post("/api/v1/doorbraken/{id}/gezien", UUID.randomUUID()).with(csrf)));
    }
}
