package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Nog akkoord?" through the API: the due checks per page and the confirmation, with its refusals. */
@IntegrationTest
class ToestemmingControleApiTests {

    static final LocalDate VANDAAG = LocalDate.now();
    static final String LIJST = "/api/v1/toestemmingen/te-controleren";

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
    Traject a;
    Medewerker begeleider;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        ApiFixture.TweeTeams f = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = f.w();
        a = f.a();
        begeleider = w.als(Rol.BEGELEIDER);
        Set<UUID> volwassenen = Set.copyOf(trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden()
            .personen().stream().filter(p -> p.volwassen(VANDAAG)).map(Persoon::id).toList());
        service.legVast(begeleider, a.huishouden(), new NieuweToestemming(volwassenen, w.gemeente().id(),
                Rol.REGIEVOERDER, Set.of(Gegevenssoort.NOTITIES), Doel.REGIE, VANDAAG.minusMonths(6), null,
                Wijze.MONDELING, null, VANDAAG.plusDays(3)));
    }

    @Test
    void theDueChecksPerPageAndStillAgreed() throws Exception {
        String eerste = api.als(begeleider, get(LIJST).param("aantal", "1")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(1))
            .andExpect(jsonPath("$.items[0].controleOp").value(VANDAAG.plusDays(3).toString()))
            .andExpect(jsonPath("$.volgende", containsString("na=" + VANDAAG.plusDays(3) + "_")))
            .andReturn().getResponse().getContentAsString();
        String volgende = JsonPath.read(eerste, "$.volgende");
        String id = JsonPath.read(eerste, "$.items[0].id");
        api.als(begeleider, get(volgende)).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(1))
            .andExpect(jsonPath("$.volgende").value(nullValue()));
        api.als(begeleider, get(LIJST).param("na", "gisteren")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("na"));

        String akkoord = "/api/v1/toestemmingen/" + id + "/akkoord";
        api.schrijf(begeleider, post(akkoord), "{\"versie\": 0, \"volgendeControle\": \"%s\"}".formatted(VANDAAG))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(begeleider, post(akkoord), "{\"versie\": 7}").andExpect(status().isConflict());
        api.schrijf(begeleider, post(akkoord), "{}").andExpect(status().isPreconditionRequired());
        nietGevonden(api.schrijf(data.wereld().als(Rol.BEGELEIDER), post(akkoord), "{\"versie\": 0}"));
        api.schrijf(begeleider, post(akkoord), "{\"versie\": 0}").andExpect(status().isOk())
            .andExpect(jsonPath("$.controleOp").value(VANDAAG.plusMonths(6).toString()))
            .andExpect(jsonPath("$.versie").value(1));
        List<String> nog = JsonPath.read(api.als(begeleider, get(LIJST)).andReturn().getResponse()
            .getContentAsString(), "$.items[*].id");
        assertThat(nog).hasSize(1).doesNotContain(id);
    }

    @Test
    void rolesWithoutHouseholdsGet403AndOthersSeeOnlyTheirOwn() throws Exception {
        for (Rol rol : new Rol[] { Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.als(w.als(rol), get(LIJST)).andExpect(status().isForbidden());
        }
        api.als(w.begeleiderB(), get(LIJST)).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(0));
        api.als(w.als(Rol.REGIEVOERDER), get(LIJST)).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(2));
    }
}
