package nl.wegwijs.checklist;

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
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checklist templates API: the contract's teamleider and the beheerder add, move and retire items at the version
 * read; another uitvoerder's template is 404; other roles 403; bad input writes nothing.
 */
@IntegrationTest
class ChecklistSjabloonApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    TestData.Wereld ander;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        ander = data.wereld();
    }

    String pad() {
        return "/api/v1/checklist-sjablonen/" + w.contract().id();
    }

    static String item(long versie, String titel) {
        return """
                {"versie": %d, "titel": "%s", "thema": "PARTICIPATIE", "reikwijdte": "PERSOON", "leeftijdVan": 12,
                 "referentie": "TRAJECT_START", "termijnDagen": 60, "uitvoerende": "REGULIER",
                 "hulptekst": "Vraag naar de fietsles van de bibliotheek."}""".formatted(versie, titel);
    }

    int eigenSjablonen() {
        return jdbc.sql("select count(*) from checklist_sjabloon where contract_id = ?").param(w.contract().id())
            .query(Integer.class).single();
    }

    @Test
    void teamleiderAddsMovesAndRetiresAnItem() throws Exception {
        api.als(w.als(Rol.TEAMLEIDER), get(pad())).andExpect(status().isOk())
            .andExpect(jsonPath("$.eigen").value(false)).andExpect(jsonPath("$.versie").value(0));
        api.als(w.als(Rol.TEAMLEIDER), get("/api/v1/checklist-sjablonen").param("aantal", "100"))
            .andExpect(jsonPath("$.items[*].contract", hasItem(w.contract().id().toString())));
        String location = api.schrijf(w.als(Rol.TEAMLEIDER), post(pad() + "/items"), item(0, "Fietsles"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString(pad() + "/items/eigen-fietsles")))
            .andExpect(jsonPath("$.code").value("eigen-fietsles"))
            .andExpect(jsonPath("$.inGebruik").value(true))
            .andReturn().getResponse().getHeader("Location");
        api.als(w.als(Rol.BEHEERDER), get(location)).andExpect(jsonPath("$.titel").value("Fietsles"));
        String sjabloon = api.als(w.als(Rol.TEAMLEIDER), get(pad())).andExpect(jsonPath("$.eigen").value(true))
            .andReturn().getResponse().getContentAsString();
        int versie = JsonPath.read(sjabloon, "$.versie");
        int aantal = JsonPath.read(sjabloon, "$.items.length()");
        assertThat((String) JsonPath.read(sjabloon, "$.items[" + (aantal - 1) + "].code")).isEqualTo("eigen-fietsles");

        api.schrijf(w.als(Rol.TEAMLEIDER), post(location + "/verplaatsing"),
                "{\"versie\": %d, \"richting\": \"OMHOOG\"}".formatted(versie))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.items[" + (aantal - 2) + "].code").value("eigen-fietsles"));
        api.schrijf(w.als(Rol.TEAMLEIDER), put(location + "/gebruik"),
                "{\"versie\": %d, \"inGebruik\": false}".formatted(versie))
            .andExpect(status().isConflict());
        api.schrijf(w.als(Rol.TEAMLEIDER), put(location + "/gebruik"),
                "{\"versie\": %d, \"inGebruik\": false}".formatted(versie + 1))
            .andExpect(status().isOk());
        api.als(w.als(Rol.TEAMLEIDER), get(location)).andExpect(jsonPath("$.inGebruik").value(false));
    }

    @Test
    void badInputAndOtherRolesWriteNothing() throws Exception {
        api.schrijf(w.als(Rol.TEAMLEIDER), post(pad() + "/items"), item(0, "")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("titel"));
        api.schrijf(w.als(Rol.TEAMLEIDER), post(pad() + "/items"),
                item(0, "Te jong").replace("\"leeftijdVan\": 12", "\"leeftijdVan\": 12, \"leeftijdTot\": 5"))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(w.als(Rol.TEAMLEIDER), post(pad() + "/items"), item(3, "Oude versie"))
            .andExpect(status().isConflict());
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.REGIEVOERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.als(w.als(rol), get("/api/v1/checklist-sjablonen")).andExpect(status().isForbidden());
            api.als(w.als(rol), get(pad())).andExpect(status().isForbidden());
            api.schrijf(w.als(rol), post(pad() + "/items"), item(0, "Verboden")).andExpect(status().isForbidden());
        }
        nietGevonden(api.als(ander.als(Rol.TEAMLEIDER), get(pad())));
        nietGevonden(api.schrijf(ander.als(Rol.TEAMLEIDER), post(pad() + "/items"), item(0, "Van een ander")));
        nietGevonden(api.schrijf(w.als(Rol.BEHEERDER), put(pad() + "/items/bestaat-niet/gebruik"),
                "{\"versie\": 0, \"inGebruik\": false}"));
        nietGevonden(api.als(w.als(Rol.BEHEERDER), get("/api/v1/checklist-sjablonen/" + UUID.randomUUID())));
        assertThat(eigenSjablonen()).isZero();
    }
}
