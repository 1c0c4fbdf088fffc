package nl.wegwijs.post;

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

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The letters API: scope per role, 201 with Location, 400 and 422 that write nothing, 409 on a stale version. */
@IntegrationTest
class PostApiTests {

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
    Traject a;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
    }

    private static String json(String onderwerp, LocalDate deadline) {
        return """
                {"afzender": "DUO", "ontvangenOp": "%s", "onderwerp": "%s", "actie": "Aflossing regelen",
                 "deadline": "%s"}""".formatted(VANDAAG.minusDays(1), onderwerp, deadline);
    }

    private String registreer(Medewerker wie) throws Exception {
        String antwoord = api.schrijf(wie, post("/api/v1/huishoudens/{id}/brieven", a.huishouden()),
                json("Lening DUO", VANDAAG.plusDays(14)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*/api/v1/brieven/[0-9a-f-]{36}")))
            .andReturn().getResponse().getContentAsString();
        return JsonPath.read(antwoord, "$.id");
    }

    private long aantal() {
        return jdbc.sql("select count(*) from brief where huishouden_id = ?").param(a.huishouden().value())
            .query(Long.class).single();
    }

    @Test
    void aGuideRegistersALetterAndReadsItBack() throws Exception {
        String id = registreer(w.als(Rol.VRIJWILLIGER));
        api.als(w.als(Rol.VRIJWILLIGER), get("/api/v1/brieven/{id}", id)).andExpect(status().isOk())
            .andExpect(jsonPath("$.huishoudenId").value(a.huishouden().toString()))
            .andExpect(jsonPath("$.afzender").value("DUO"))
            .andExpect(jsonPath("$.status").value("OPEN"))
            .andExpect(jsonPath("$.verlopen").value(false))
            .andExpect(jsonPath("$.versie").value(1));
        api.als(w.als(Rol.REGIEVOERDER), get("/api/v1/huishoudens/{id}/brieven", a.huishouden()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
            .andExpect(jsonPath("$.volgende").value((Object) null));
    }

    @Test
    void aLetterOfACategoryTheRoleMayNotSeeIs403NamingTheConsentAndLeftOutOfTheList() throws Exception {
        String duo = registreer(w.als(Rol.BEGELEIDER));
        Medewerker bc = w.als(Rol.BUDGETCOACH);
        api.als(bc, get("/api/v1/brieven/{id}", duo))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/toestemming-nodig"))
            .andExpect(jsonPath("$.gegevenssoort").value("VOORTGANG"));
        api.als(bc, get("/api/v1/huishoudens/{id}/brieven", a.huishouden())).andExpect(status().isOk())
            .andExpect(jsonPath("$.items").isEmpty());
        api.schrijf(bc, post("/api/v1/huishoudens/{id}/brieven", a.huishouden()), json("Lening", VANDAAG))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.gegevenssoort").value("VOORTGANG"));
        String toeslag = JsonPath.read(api.schrijf(bc, post("/api/v1/huishoudens/{id}/brieven", a.huishouden()),
                json("Zorgtoeslag", VANDAAG.plusDays(3)).replace("DUO", "BELASTINGDIENST_TOESLAGEN"))
            .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        api.als(bc, get("/api/v1/huishoudens/{id}/brieven", a.huishouden()))
            .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(toeslag)));
        // the regievoerder the other way round
        api.als(w.als(Rol.REGIEVOERDER), get("/api/v1/brieven/{id}", toeslag)).andExpect(status().isForbidden())
            .andExpect(jsonPath("$.gegevenssoort").value("FINANCIEN"));
        api.als(w.als(Rol.REGIEVOERDER), get("/api/v1/huishoudens/{id}/brieven", a.huishouden()))
            .andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.contains(duo)));
        assertThat(aantal()).isEqualTo(2);
    }

    @Test
    void pagesWithKeysetNaAndAantal() throws Exception {
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        for (int i = 0; i < 3; i++) {
            api.schrijf(tl, post("/api/v1/huishoudens/{id}/brieven", a.huishouden()),
                    json("Brief " + i, VANDAAG.plusDays(i))).andExpect(status().isCreated());
        }
        String eerste = api.als(tl, get("/api/v1/huishoudens/{id}/brieven?aantal=2", a.huishouden()))
            .andExpect(jsonPath("$.items[*].onderwerp").value(org.hamcrest.Matchers.contains("Brief 0", "Brief 1")))
            .andReturn().getResponse().getContentAsString();
        String volgende = JsonPath.read(eerste, "$.volgende");
        assertThat(volgende).startsWith("http://localhost/api/v1/huishoudens/" + a.huishouden() + "/brieven?aantal=2&na=");
        api.als(tl, get(java.net.URI.create(volgende)))
            .andExpect(jsonPath("$.items[*].onderwerp").value(org.hamcrest.Matchers.contains("Brief 2")))
            .andExpect(jsonPath("$.volgende").value((Object) null));
    }

    @Test
    void rolesThatMayNotSeeTheHouseholdGet404ForEveryEndpoint() throws Exception {
        String id = registreer(w.als(Rol.BEGELEIDER));
        String wijziging = """
                {"versie": 1, "afzender": "DUO", "ontvangenOp": "%s", "onderwerp": "Overschreven", "status": "OPEN"}"""
            .formatted(VANDAAG);
        for (Medewerker wie : List.of(w.vrijwilliger2(), w.begeleiderB(), w.als(Rol.WIJKTEAM), w.als(Rol.BELEID),
                w.als(Rol.BEHEERDER), data.wereld().als(Rol.REGIEVOERDER))) {
            nietGevonden(api.als(wie, get("/api/v1/huishoudens/{id}/brieven", a.huishouden())));
            nietGevonden(api.als(wie, get("/api/v1/brieven/{id}", id)));
            nietGevonden(api.schrijf(wie, post("/api/v1/huishoudens/{id}/brieven", a.huishouden()),
                    json("Vreemd", VANDAAG)));
            nietGevonden(api.schrijf(wie, put("/api/v1/brieven/{id}", id), wijziging));
        }
        assertThat(aantal()).isEqualTo(1);
        assertThat(jdbc.sql("select onderwerp from brief where huishouden_id = ?").param(a.huishouden().value())
            .query(String.class).single()).isEqualTo("Lening DUO");
    }

    @Test
    void invalidInputIs400WithEachFieldAndWritesNothing() throws Exception {
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/brieven", a.huishouden()),
                "{\"ontvangenOp\": \"%s\", \"onderwerp\": \" \"}".formatted(VANDAAG.plusYears(2)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("afzender", "onderwerp",
                    "ontvangenOp")))
            .andExpect(jsonPath("$.invalidParams[?(@.name == 'ontvangenOp')].reason")
                .value(hasItem("De datum van ontvangst kan niet in de toekomst liggen.")));
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/brieven", a.huishouden()),
                "{\"afzender\": \"POSTDUIF\"}")
            .andExpect(status().isBadRequest());
        api.schrijf(w.als(Rol.BEGELEIDER), post("/api/v1/huishoudens/{id}/brieven", a.huishouden()),
                json("Te vroege deadline", VANDAAG.minusDays(5)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("post.deadline.voor-ontvangst"))
            .andExpect(jsonPath("$.detail").value("De deadline kan niet vóór de datum van ontvangst liggen."));
        assertThat(aantal()).isZero();
    }

    @Test
    void aStaleVersionIs409AndHandlingNeedsWhoDidIt() throws Exception {
        String id = registreer(w.als(Rol.BEGELEIDER));
        String afgehandeld = """
                {"versie": %d, "afzender": "DUO", "ontvangenOp": "%s", "onderwerp": "Lening DUO",
                 "status": "AFGEHANDELD" %s}""";
        api.schrijf(w.als(Rol.VRIJWILLIGER), put("/api/v1/brieven/{id}", id),
                afgehandeld.formatted(1, VANDAAG.minusDays(1), ""))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("post.afgehandeld-door.leeg"));
        api.schrijf(w.als(Rol.VRIJWILLIGER), put("/api/v1/brieven/{id}", id),
                afgehandeld.formatted(1, VANDAAG.minusDays(1), ", \"afgehandeldDoor\": \"SAMEN\""))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("AFGEHANDELD"))
            .andExpect(jsonPath("$.afgehandeldDoor").value("SAMEN"))
            .andExpect(jsonPath("$.afgehandeldOp").value(VANDAAG.toString()))
            .andExpect(jsonPath("$.versie").value(2));
        api.schrijf(w.als(Rol.BEGELEIDER), put("/api/v1/brieven/{id}", id),
                afgehandeld.formatted(1, VANDAAG.minusDays(1), ", \"afgehandeldDoor\": \"BEGELEIDER\""))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Iemand anders heeft dit")));
        api.schrijf(w.als(Rol.BEGELEIDER), put("/api/v1/brieven/{id}", id), "{\"afzender\": \"DUO\"}")
            .andExpect(status().isPreconditionRequired())
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/versie-nodig"));
        assertThat(jdbc.sql("select afgehandeld_door || '/' || versie from brief where id = ?::uuid").param(id)
            .query(String.class).single()).isEqualTo("SAMEN/2");
    }
}
