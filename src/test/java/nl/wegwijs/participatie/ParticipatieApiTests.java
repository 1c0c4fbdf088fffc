package nl.wegwijs.participatie;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The participation API: create (201 + Location), list with dual routes, end with PATCH, 409, 403, 404, 422, 400. */
@IntegrationTest
class ParticipatieApiTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    ApiFixture api;
    TestData.Wereld w;
    HuishoudenId h;
    UUID samira;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        w = wereld.w();
        Traject a = wereld.a();
        h = a.huishouden();
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), h).huishouden().hoofdpersoon().id();
    }

    private String fase(String fase, LocalDate van) {
        return """
                {"persoonId": "%s", "fase": "%s", "van": "%s"}""".formatted(samira, fase, van);
    }

    @Test
    void phasesAreCreatedListedWithTheDualRouteAndEndedWithOptimisticLocking() throws Exception {
        String locatie = api.schrijf(w.als(Rol.REGIEVOERDER), post("/api/v1/huishoudens/{id}/piezo-fasen", h),
                fase("MEEDOEN_EN_TAAL", VANDAAG.minusMonths(2)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", org.hamcrest.Matchers.containsString(
                    "/api/v1/huishoudens/" + h + "/piezo-fasen/")))
            .andExpect(jsonPath("$.faseNummer").value(1))
            .andExpect(jsonPath("$.loopt").value(true))
            .andExpect(jsonPath("$.versie").value(1))
            .andReturn().getResponse().getHeader("Location");
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/piezo-fasen", h),
                fase("VRIJWILLIGERSWERK_OF_STAGE", VANDAAG.minusDays(5))).andExpect(status().isCreated());
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/piezo-fasen", h),
                fase("MEEDOEN_EN_TAAL", VANDAAG)).andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("participatie.fase.overlap"));
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/huishoudens/{id}/piezo-fasen", h))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.fasen", hasSize(2)))
            .andExpect(jsonPath("$.personen[0].persoonId").value(samira.toString()))
            .andExpect(jsonPath("$.personen[0].duaal").value(true));
        String pad = locatie.substring(locatie.indexOf("/api/v1"));
        api.als(w.als(Rol.VRIJWILLIGER), get(pad)).andExpect(status().isOk())
            .andExpect(jsonPath("$.fase").value("MEEDOEN_EN_TAAL"));
        api.schrijf(w.als(Rol.TEAMLEIDER), patch(pad), """
                {"versie": 1, "tot": "%s", "notitie": "Taal loopt nu via de taalschool"}""".formatted(VANDAAG))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.tot").value(VANDAAG.toString()))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(w.als(Rol.TEAMLEIDER), patch(pad), """
                {"versie": 1, "tot": "%s"}""".formatted(VANDAAG.minusDays(1)))
            .andExpect(status().isConflict());
        api.schrijf(w.als(Rol.TEAMLEIDER), patch(pad), "{\"versie\": 2}").andExpect(status().isBadRequest());
        api.schrijf(w.als(Rol.VRIJWILLIGER), patch(pad), """
                {"versie": 2, "tot": "%s"}""".formatted(VANDAAG)).andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("participatie.niet-toegestaan"));
    }

    @Test
    void placementsAreCreatedAndEndedAndRefusedAsTheScreensRefuseThem() throws Exception {
        String json = """
                {"persoonId": "%s", "soort": "STAGE", "organisatie": "Garage Bakker", "urenPerWeek": 16,
                 "start": "%s", "geplandEinde": "%s", "taalniveau": "A2", "taalniveauAkkoord": true}"""
            .formatted(samira, VANDAAG.minusDays(14), VANDAAG.plusMonths(3));
        String locatie = api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/plaatsingen", h), json)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.taalniveau").value("A2"))
            .andExpect(jsonPath("$.loopt").value(true))
            .andReturn().getResponse().getHeader("Location");
        String id = JsonPath.read(api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/huishoudens/{id}/plaatsingen", h))
            .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
            .andReturn().getResponse().getContentAsString(), "$[0].id");
        org.hamcrest.MatcherAssert.assertThat(locatie, endsWith("/plaatsingen/" + id));
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/plaatsingen", h),
                json.replace("\"taalniveauAkkoord\": true", "\"taalniveauAkkoord\": false"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("participatie.taalniveau.geen-akkoord"));
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/plaatsingen", h),
                json.replace("16", "41")).andExpect(status().isBadRequest());
        api.schrijf(w.als(Rol.BEGELEIDER), patch("/api/v1/huishoudens/{id}/plaatsingen/{p}", h, id), """
                {"versie": 1, "einde": "%s", "reden": "OPLEIDING", "toelichting": "Start mbo-opleiding"}"""
            .formatted(VANDAAG))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.eindeReden").value("OPLEIDING"))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(w.als(Rol.BEGELEIDER), patch("/api/v1/huishoudens/{id}/plaatsingen/{p}", h, id), """
                {"versie": 1, "einde": "%s", "reden": "VERHUISD"}""".formatted(VANDAAG))
            .andExpect(status().isConflict());
    }

    @Test
    void theBudgetcoachGetsA403AndAnotherGemeenteA404() throws Exception {
        api.als(w.als(Rol.BUDGETCOACH), get("/api/v1/huishoudens/{id}/piezo-fasen", h))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.gegevenssoort").value("VOORTGANG"));
        api.als(w.als(Rol.BUDGETCOACH), get("/api/v1/huishoudens/{id}/plaatsingen", h))
            .andExpect(status().isForbidden());
        api.als(data.wereld().als(Rol.REGIEVOERDER), get("/api/v1/huishoudens/{id}/piezo-fasen", h))
            .andExpect(status().isNotFound());
        api.schrijf(data.wereld().als(Rol.REGIEVOERDER), post("/api/v1/huishoudens/{id}/piezo-fasen", h),
                fase("BASIS_OP_ORDE", VANDAAG)).andExpect(status().isNotFound());
        api.als(w.als(Rol.TEAMLEIDER), get("/api/v1/huishoudens/{id}/piezo-fasen/{f}", h, UUID.randomUUID()))
            .andExpect(status().isNotFound());
    }
}
