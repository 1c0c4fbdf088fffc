package nl.wegwijs.organisatie.api;

import java.time.LocalDate;
import java.util.List;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The processing log through the API: read only, for beheerder and privacyfunctionaris, filtered and keyset-paged. */
@IntegrationTest
class VerwerkingApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    ApiFixture api;
    TestData.Wereld w;
    Traject traject;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        traject = data.aanmelding(w, LocalDate.now().minusMonths(1));
    }

    @Test
    void privacyfunctionarisAndBeheerderReadTheRowsOfOneHousehold() throws Exception {
        for (Medewerker wie : List.of(w.als(Rol.PRIVACYFUNCTIONARIS), w.als(Rol.BEHEERDER))) {
            // in the URL itself (not MockMvc's param): the next link keeps the query string as the client sent it
            String json = api.als(wie, get("/api/v1/verwerkingen?huishouden=" + traject.huishouden().value()
                    + "&medewerker=" + w.als(Rol.REGIEVOERDER).id() + "&aantal=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].medewerker").value(w.als(Rol.REGIEVOERDER).id().toString()))
                .andExpect(jsonPath("$.volgende", containsString("na=")))
                .andReturn().getResponse().getContentAsString();
            String eerste = JsonPath.read(json, "$.items[0].id");
            String tweede = api.als(wie, get((String) JsonPath.read(json, "$.volgende"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[*].huishouden",
                        everyItem(is(traject.huishouden().value().toString()))))
                .andReturn().getResponse().getContentAsString();
            assertThat((String) JsonPath.read(tweede, "$.items[0].id")).isNotEqualTo(eerste);
        }
    }

    @Test
    void filtersAndCursorAreChecked() throws Exception {
        Medewerker fg = w.als(Rol.PRIVACYFUNCTIONARIS);
        api.als(fg, get("/api/v1/verwerkingen").param("vanaf", "2026-02-01").param("tot", "2026-01-01"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("tot"));
        api.als(fg, get("/api/v1/verwerkingen").param("na", "onzin")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("na"));
        api.als(fg, get("/api/v1/verwerkingen").param("na", "99999999999.0_" + UUID.randomUUID()))
            .andExpect(status().isBadRequest());
        api.als(fg, get("/api/v1/verwerkingen").param("actie", "WEGGOOIEN")).andExpect(status().isBadRequest());
        api.als(fg, get("/api/v1/verwerkingen").param("huishouden", UUID.randomUUID().toString()))
            .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0))
            .andExpect(jsonPath("$.volgende").doesNotExist());
    }

    @Test
    void otherRolesGet403() throws Exception {
        for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.TEAMLEIDER, Rol.BEGELEIDER, Rol.BELEID }) {
            api.als(w.als(rol), get("/api/v1/verwerkingen")).andExpect(status().isForbidden());
        }
    }
}
