package nl.wegwijs.overleg;

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
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The meetings API: the organiser's flow, scoping per uitvoerder, 404/403/409/422 as problem+json. */
@IntegrationTest
class OverlegApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OrganisatieService organisaties;

    ApiFixture api;
    OverlegFixture f;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        f = OverlegFixture.maak(data, trajecten, organisaties);
    }

    @Test
    void theOrganiserRunsAMeetingThroughTheApi() throws Exception {
        String reeks = api.schrijf(f.rv(), post("/api/v1/overleggen/reeksen"), """
                {"naam": "Casuïstiekoverleg", "frequentieWeken": 6, "medewerkers": ["%s"],
                 "extern": [{"naam": "Anouk Smit", "rol": "Wmo-consulent"}]}""".formatted(f.tl().id()))
            .andExpect(status().isCreated()).andExpect(header().string("Location", containsString("/api/v1/overleggen/reeksen/")))
            .andExpect(jsonPath("$.deelnemers", hasSize(2))).andReturn().getResponse().getContentAsString();
        String reeksId = JsonPath.read(reeks, "$.id");
        String o = api.schrijf(f.rv(), post("/api/v1/overleggen/reeksen/{id}/overleggen", reeksId), "{}")
            .andExpect(status().isCreated()).andExpect(jsonPath("$.datum").value(LocalDate.now().toString()))
            .andReturn().getResponse().getContentAsString();
        String overlegId = JsonPath.read(o, "$.id");
        api.schrijf(f.rv(), post("/api/v1/overleggen/{id}/agenda", overlegId), "{\"versie\": 1}")
            .andExpect(status().isCreated()).andExpect(jsonPath("$.versie").value(2));
        api.schrijf(f.rv(), post("/api/v1/overleggen/{id}/agenda", overlegId), "{\"versie\": 1}")
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.als(f.rv(), get("/api/v1/overleggen/{id}/agendapunten", overlegId)).andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(2)));
        String agenda = api.als(f.tl(), get("/api/v1/overleggen/{id}/agendapunten", overlegId))
            .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].huishoudenId").value(f.a().huishouden().value().toString()))
            .andReturn().getResponse().getContentAsString();
        String punt = JsonPath.read(agenda, "$[0].id");
        api.schrijf(f.tl(), put("/api/v1/overleggen/agendapunten/{id}/verslag", punt),
                "{\"besproken\": \"Besproken met school\", \"versie\": 1}")
            .andExpect(status().isOk()).andExpect(jsonPath("$.besproken").value("Besproken met school"));
        api.als(f.rv(), get("/api/v1/overleggen/agendapunten/{id}", punt)).andExpect(status().isOk())
            .andExpect(jsonPath("$.besprokenZichtbaar").value(false)).andExpect(jsonPath("$.besproken").isEmpty());
        api.schrijf(f.rv(), put("/api/v1/overleggen/agendapunten/{id}/verslag", punt),
                "{\"besproken\": \"x\", \"versie\": 2}").andExpect(status().isForbidden());
        String afspraak = api.schrijf(f.rv(), post("/api/v1/overleggen/agendapunten/{id}/afspraken", punt), """
                {"omschrijving": "Huisarts bellen", "eigenaarMedewerkerId": "%s", "uiterlijk": "%s"}"""
                .formatted(f.tl().id(), LocalDate.now().plusDays(10)))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String afspraakId = JsonPath.read(afspraak, "$.id");
        api.schrijf(f.rv(), post("/api/v1/overleggen/agendapunten/{id}/afspraken", punt),
                "{\"omschrijving\": \"Zonder eigenaar\", \"uiterlijk\": \"%s\"}".formatted(LocalDate.now()))
            .andExpect(status().isUnprocessableContent());
        api.als(f.tl(), get("/api/v1/overleggen/afspraken")).andExpect(status().isOk())
            .andExpect(jsonPath("$[0].afspraak.id").value(afspraakId))
            .andExpect(jsonPath("$[0].huishoudenNaam").value("Haddad, Samira"));
        api.schrijf(f.tl(), put("/api/v1/overleggen/afspraken/{id}/status", afspraakId),
                "{\"status\": \"GEDAAN\", \"versie\": 1}").andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("GEDAAN"));
        api.schrijf(f.rv(), delete("/api/v1/overleggen/{id}/agendapunten/{p}", overlegId, punt).param("versie", "2"),
                "").andExpect(status().isUnprocessableContent());
    }

    @Test
    void otherRolesGet404AndTheTeamleiderCannotOrganise() throws Exception {
        api.schrijf(f.tl(), post("/api/v1/overleggen/reeksen"), "{\"naam\": \"X\", \"frequentieWeken\": 4}")
            .andExpect(status().isUnprocessableContent());
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.BUDGETCOACH, Rol.BELEID }) {
            api.als(f.w().als(rol), get("/api/v1/overleggen/reeksen")).andExpect(status().isNotFound());
            api.als(f.w().als(rol), get("/api/v1/overleggen/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound());
        }
        api.als(f.w().als(Rol.BEGELEIDER), get("/api/v1/overleggen/afspraken")).andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void createdThingsCanBeReadAtTheirLocationAndMissingInputIsABadRequest() throws Exception {
        String reeks = api.schrijf(f.rv(), post("/api/v1/overleggen/reeksen"),
                "{\"naam\": \"Overleg\", \"frequentieWeken\": 6, \"medewerkers\": [\"%s\"]}".formatted(f.tl().id()))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String reeksId = JsonPath.read(reeks, "$.id");
        String o = api.schrijf(f.rv(), post("/api/v1/overleggen/reeksen/{id}/overleggen", reeksId), "{}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String overlegId = JsonPath.read(o, "$.id");
        // no version and no If-Match: 428 Precondition Required, nothing written
        api.schrijf(f.rv(), post("/api/v1/overleggen/{id}/agenda", overlegId), "{}")
            .andExpect(status().isPreconditionRequired());
        api.schrijf(f.rv(), put("/api/v1/overleggen/{id}", overlegId), "{\"datum\": \"%s\"}".formatted(LocalDate.now()))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("versie"));
        api.schrijf(f.rv(), put("/api/v1/overleggen/{id}", overlegId), "{\"versie\": 1}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("datum"));
        api.schrijf(f.rv(), post("/api/v1/overleggen/{id}/agendapunten", overlegId), "{\"vraag\": \"Hoe verder?\"}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("huishoudenId"));
        // the agenda: 201, Location is the list of agenda items
        String agenda = api.schrijf(f.rv(), post("/api/v1/overleggen/{id}/agenda", overlegId), "{\"versie\": 1}")
            .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String punten = api.als(f.tl(), get(agenda)).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)))
            .andReturn().getResponse().getContentAsString();
        String punt = JsonPath.read(punten, "$[0].id");
        api.schrijf(f.tl(), put("/api/v1/overleggen/agendapunten/{id}/verslag", punt), "{\"besproken\": \"x\"}")
            .andExpect(status().isPreconditionRequired());
        // an agreement: Location is the agenda item that holds it
        String afspraak = api.schrijf(f.rv(), post("/api/v1/overleggen/agendapunten/{id}/afspraken", punt), """
                {"omschrijving": "Huisarts bellen", "eigenaarMedewerkerId": "%s", "uiterlijk": "%s"}"""
                .formatted(f.tl().id(), LocalDate.now().plusDays(10)))
            .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String afspraakId = api.als(f.rv(), get(afspraak)).andExpect(status().isOk())
            .andExpect(jsonPath("$.afspraken[0].omschrijving").value("Huisarts bellen"))
            .andReturn().getResponse().getContentAsString();
        afspraakId = JsonPath.read(afspraakId, "$.afspraken[0].id");
        api.schrijf(f.tl(), put("/api/v1/overleggen/afspraken/{id}/status", afspraakId), "{\"versie\": 1}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("status"));
        api.schrijf(f.tl(), put("/api/v1/overleggen/afspraken/{id}/status", afspraakId), "{\"status\": \"GEDAAN\"}")
            .andExpect(status().isPreconditionRequired());
        api.als(f.tl(), get("/api/v1/overleggen/afspraken")).andExpect(status().isOk())
            .andExpect(jsonPath("$[0].afspraak.status").value("OPEN"));
    }

    @Test
    void theRegievoerderReordersTheAgenda() throws Exception {
        String reeks = api.schrijf(f.rv(), post("/api/v1/overleggen/reeksen"), """
                {"naam": "Casuïstiekoverleg", "frequentieWeken": 6, "medewerkers": ["%s"]}""".formatted(f.tl().id()))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String o = api.schrijf(f.rv(), post("/api/v1/overleggen/reeksen/{id}/overleggen",
                (String) JsonPath.read(reeks, "$.id")), "{}").andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        String overleg = JsonPath.read(o, "$.id");
        api.schrijf(f.rv(), post("/api/v1/overleggen/{id}/agenda", overleg), "{\"versie\": 1}")
            .andExpect(status().isCreated());
        java.util.List<String> voor = JsonPath.read(api.als(f.rv(), get("/api/v1/overleggen/{id}/agendapunten",
                overleg)).andReturn().getResponse().getContentAsString(), "$[*].id");
        String tweede = voor.get(1);
        String omhoog = "/api/v1/overleggen/" + overleg + "/agendapunten/" + tweede + "/omhoog";
        String omlaag = "/api/v1/overleggen/" + overleg + "/agendapunten/" + tweede + "/omlaag";
        api.schrijf(f.rv(), post(omhoog), "{\"versie\": 2}").andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(overleg)).andExpect(jsonPath("$.versie").value(3));
        api.als(f.rv(), get("/api/v1/overleggen/{id}/agendapunten", overleg))
            .andExpect(jsonPath("$[0].id").value(tweede)).andExpect(jsonPath("$[1].id").value(voor.get(0)));
        api.schrijf(f.rv(), post(omlaag), "{\"versie\": 2}").andExpect(status().isConflict());
        api.schrijf(f.rv(), post(omlaag), "{}").andExpect(status().isPreconditionRequired());
        api.schrijf(f.tl(), post(omlaag), "{\"versie\": 3}").andExpect(status().isUnprocessableContent());
        api.schrijf(f.w().als(Rol.BEGELEIDER), post(omlaag), "{\"versie\": 3}").andExpect(status().isNotFound());
        api.schrijf(f.rv(), post("/api/v1/overleggen/{o}/agendapunten/{p}/omlaag", overleg, UUID.randomUUID()),
                "{\"versie\": 3}").andExpect(status().isNotFound());
        api.schrijf(f.rv(), post(omlaag), "{\"versie\": 3}").andExpect(status().isOk())
            .andExpect(jsonPath("$.versie").value(4));
        api.als(f.rv(), get("/api/v1/overleggen/{id}/agendapunten", overleg))
            .andExpect(jsonPath("$[0].id").value(voor.get(0))).andExpect(jsonPath("$[1].id").value(tweede));
    }
}
