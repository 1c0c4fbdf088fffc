package nl.wegwijs.organisatie.api;

import java.time.LocalDate;
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
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static nl.wegwijs.organisatie.api.BeheerApiSteun.metCsrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The contracts API: close, end, versions of the voorwaarden; others get 403; bad input writes nothing. */
@IntegrationTest
class ContractApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisatieService organisaties;

    ApiFixture api;
    TestData.Wereld w;
    Medewerker beheerder;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        beheerder = w.als(Rol.BEHEERDER);
    }

    static String voorwaarden(LocalDate vanaf, String fasen) {
        return """
                {"geldigVanaf": "%s", "begeleidingMaanden": 24, "telVanaf": "BRP_INSCHRIJVING",
                 "starttrigger": "HUISVESTING", "startNaWeken": 0, "verlengingMaxMaanden": 6,
                 "verlengingVoorwaarde": "Alleen in uitzonderingsgevallen", "verlengingBesluitDoor": "Regievoerder",
                 "afsluitingVoorloopWeken": 6, "fasen": %s}""".formatted(vanaf, fasen);
    }

    static final String FASEN = "[{\"code\": \"fase1\", \"naam\": \"Opstart\", \"weken\": 12}, {\"code\": \"FASE2\", \"naam\": \"Verder\"}]";

    int contracten(UUID uitvoerder) {
        return jdbc.sql("select count(*) from contract where uitvoerder_id = ?").param(uitvoerder)
            .query(Integer.class).single();
    }

    @Test
    void beheerderClosesAndEndsAContract() throws Exception {
        UUID uitvoerder = organisaties.registreerUitvoerder("Tweede " + UUID.randomUUID(), null, java.util.List.of()).id();
        String body = """
                {"gemeente": "%s", "uitvoerder": "%s", "peildatum": "HUISVESTING", "ingang": "2026-01-01",
                 "voorwaarden": %s}""".formatted(w.gemeente().id(), uitvoerder, voorwaarden(LocalDate.of(2026, 1, 1), FASEN));
        String location = api.schrijf(beheerder, post("/api/v1/contracten"), body)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/v1/contracten/")))
            .andExpect(jsonPath("$.uitvoerder").value(uitvoerder.toString()))
            .andReturn().getResponse().getHeader("Location");
        api.als(beheerder, get(location + "/voorwaarden")).andExpect(jsonPath("$[0].fasen[0].code").value("FASE1"))
            .andExpect(jsonPath("$[0].begeleidingMaanden").value(24));
        api.als(beheerder, get("/api/v1/contracten").param("uitvoerder", uitvoerder.toString()))
            .andExpect(jsonPath("$.items.length()").value(1));

        api.schrijf(beheerder, put(location + "/einde"), "{\"einde\": \"2025-12-31\"}")
            .andExpect(status().isUnprocessableContent());
        api.schrijf(beheerder, put(location + "/einde"), "{\"einde\": \"2027-12-31\"}").andExpect(status().isOk())
            .andExpect(jsonPath("$.einde").value("2027-12-31"));
        api.schrijf(beheerder, put(location + "/einde"), "{\"einde\": \"2027-12-30\"}")
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("organisatie.contract.al-beeindigd"));
    }

    @Test
    void badContractsWriteNothing() throws Exception {
        UUID uitvoerder = organisaties.registreerUitvoerder("Derde " + UUID.randomUUID(), null, java.util.List.of()).id();
        String zonderFasen = """
                {"gemeente": "%s", "uitvoerder": "%s", "peildatum": "HUISVESTING", "ingang": "2026-01-01",
                 "voorwaarden": %s}""".formatted(w.gemeente().id(), uitvoerder, voorwaarden(LocalDate.of(2026, 1, 1), "[]"));
        api.schrijf(beheerder, post("/api/v1/contracten"), zonderFasen).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("voorwaarden.fasen"));
        String dubbel = """
                {"gemeente": "%s", "uitvoerder": "%s", "peildatum": "HUISVESTING", "ingang": "2026-01-01",
                 "voorwaarden": %s}""".formatted(w.gemeente().id(), uitvoerder, voorwaarden(LocalDate.of(2026, 1, 1),
                "[{\"code\": \"A\", \"naam\": \"Een\"}, {\"code\": \"a\", \"naam\": \"Twee\"}]"));
        api.schrijf(beheerder, post("/api/v1/contracten"), dubbel).andExpect(status().isUnprocessableContent());
        String onbekend = """
                {"gemeente": "%s", "uitvoerder": "%s", "peildatum": "HUISVESTING", "ingang": "2026-01-01",
                 "voorwaarden": %s}""".formatted(UUID.randomUUID(), uitvoerder, voorwaarden(LocalDate.of(2026, 1, 1), FASEN));
        nietGevonden(api.schrijf(beheerder, post("/api/v1/contracten"), onbekend));
        assertThat(contracten(uitvoerder)).isZero();
    }

    @Test
    void otherRolesGet403AndWriteNothing() throws Exception {
        String pad = "/api/v1/contracten/" + w.contract().id();
        for (Rol rol : new Rol[] { Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BELEID }) {
            api.als(w.als(rol), get("/api/v1/contracten")).andExpect(status().isForbidden());
            api.als(w.als(rol), get(pad + "/voorwaarden")).andExpect(status().isForbidden());
            api.schrijf(w.als(rol), put(pad + "/einde"), "{\"einde\": \"2030-01-01\"}").andExpect(status().isForbidden());
            api.schrijf(w.als(rol), post(pad + "/voorwaarden"), voorwaarden(LocalDate.now().plusDays(5), FASEN))
                .andExpect(status().isForbidden());
        }
        api.als(beheerder, get(pad)).andExpect(jsonPath("$.einde").doesNotExist());
        api.als(beheerder, get(pad + "/voorwaarden")).andExpect(jsonPath("$.length()").value(1));
        nietGevonden(api.als(beheerder, get("/api/v1/contracten/" + UUID.randomUUID())));
        nietGevonden(api.als(beheerder, get("/api/v1/contracten/" + UUID.randomUUID() + "/voorwaarden")));
    }

    @Test
    void aNewVersionOfTheVoorwaardenFromTomorrowCanBeWithdrawn() throws Exception {
        String pad = "/api/v1/contracten/" + w.contract().id() + "/voorwaarden";
        api.schrijf(beheerder, post(pad), voorwaarden(LocalDate.now(), FASEN))
            .andExpect(status().isUnprocessableContent());
        api.schrijf(beheerder, post(pad), voorwaarden(LocalDate.now().plusDays(7), FASEN).replace("\"startNaWeken\": 0",
                "\"startNaWeken\": 99")).andExpect(status().isBadRequest());
        String location = api.schrijf(beheerder, post(pad), voorwaarden(LocalDate.now().plusDays(7), FASEN))
            .andExpect(status().isCreated()).andExpect(jsonPath("$.intrekbaar").value(true))
            .andReturn().getResponse().getHeader("Location");
        api.als(beheerder, get(location)).andExpect(status().isOk());
        api.als(w.als(Rol.TEAMLEIDER), metCsrf(delete(location))).andExpect(status().isForbidden());
        api.als(beheerder, metCsrf(delete(location))).andExpect(status().isNoContent());
        nietGevonden(api.als(beheerder, get(location)));
        String eerste = JsonPath.read(api.als(beheerder, get(pad)).andReturn().getResponse().getContentAsString(),
                "$[0].id");
        api.als(beheerder, metCsrf(delete(pad + "/" + eerste))).andExpect(status().isUnprocessableContent());
    }
}
