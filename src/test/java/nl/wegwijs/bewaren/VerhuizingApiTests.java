package nl.wegwijs.bewaren;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The moving file through the API: export with consent, import by the new gemeente's regievoerder, refusals. */
@IntegrationTest
class VerhuizingApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    JdbcClient jdbc;

    private void verhuistoestemming(TestData.Wereld w, Traject t, UUID naar) {
        Set<UUID> personen = new HashSet<>(BewaarFixture.personen(jdbc, t.huishouden()));
        toestemmingen.legVast(w.als(Rol.TEAMLEIDER), t.huishouden(), new NieuweToestemming(personen, naar, null,
                Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG), Doel.VERHUIZING, LocalDate.now(), null,
                Wijze.MONDELING_MET_TOLK, "Arabisch", null));
    }

    private long huishoudens(TestData.Wereld w) {
        return jdbc.sql("select count(*) from huishouden where gemeente_id = ?").param(w.gemeente().id())
            .query(Long.class).single();
    }

    private static String importVerzoek(UUID contract, String dossier) {
        return """
                {"contractId": "%s", "adres": {"straat": "Nieuwe straat", "huisnummer": "7"}, "dossier": %s}"""
            .formatted(contract, dossier);
    }

    @Test
    void theFileMovesWithConsentThroughTheApi() throws Exception {
        ApiFixture api = new ApiFixture(mvc);
        TestData.Wereld oud = data.wereld();
        TestData.Wereld nieuw = data.wereld();
        String naam = BewaarFixture.achternaam();
        Traject t = BewaarFixture.huishouden(data, trajecten, oud, naam, null);
        String export = "/api/v1/huishoudens/" + t.huishouden().value() + "/verhuisdossier";
        // no consent yet: 403 naming what is missing
        api.als(oud.als(Rol.REGIEVOERDER), get(export)).andExpect(status().isForbidden());
        verhuistoestemming(oud, t, nieuw.gemeente().id());
        for (Rol rol : new Rol[] { Rol.BEGELEIDER, Rol.BUDGETCOACH, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.als(oud.als(rol), get(export)).andExpect(status().isForbidden());
        }
        nietGevonden(api.als(nieuw.als(Rol.REGIEVOERDER), get(export)));
        api.als(oud.als(Rol.TEAMLEIDER), get(export)).andExpect(status().isOk());
        String dossier = api.als(oud.als(Rol.REGIEVOERDER), get(export)).andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", containsString("no-store")))
            .andExpect(jsonPath("$.formaat").value("wegwijs-verhuisdossier"))
            .andExpect(jsonPath("$.naar[0]").value(nieuw.gemeente().cbsCode()))
            .andExpect(jsonPath("$.personen[0].achternaam").value(naam))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        Medewerker regie = nieuw.als(Rol.REGIEVOERDER);
        long voor = huishoudens(nieuw);
        String antwoord = api.schrijf(regie, post("/api/v1/verhuizingen"),
                importVerzoek(nieuw.contract().id(), dossier))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/v1/trajecten/")))
            .andExpect(jsonPath("$.vanGemeente").value(oud.gemeente().naam()))
            .andExpect(jsonPath("$.bsnWeggelaten").value(0))
            .andReturn().getResponse().getContentAsString();
        assertThat(huishoudens(nieuw)).isEqualTo(voor + 1);
        String huishouden = JsonPath.read(antwoord, "$.huishoudenId");
        assertThat(jdbc.sql("select straat from huishouden where id = ?").param(UUID.fromString(huishouden))
            .query(String.class).single()).isEqualTo("Nieuwe straat");
        api.als(regie, get("/api/v1/trajecten/{id}", (String) JsonPath.read(antwoord, "$.trajectId")))
            .andExpect(status().isOk());
    }

    @Test
    void aBadFileAnotherGemeenteOrAnotherRoleWritesNothing() throws Exception {
        ApiFixture api = new ApiFixture(mvc);
        TestData.Wereld oud = data.wereld();
        TestData.Wereld nieuw = data.wereld();
        TestData.Wereld derde = data.wereld();
        Traject t = BewaarFixture.huishouden(data, trajecten, oud, BewaarFixture.achternaam(), null);
        verhuistoestemming(oud, t, nieuw.gemeente().id());
        String dossier = api.als(oud.als(Rol.REGIEVOERDER),
                get("/api/v1/huishoudens/" + t.huishouden().value() + "/verhuisdossier"))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Medewerker regie = nieuw.als(Rol.REGIEVOERDER);
        long voor = huishoudens(nieuw);
        api.schrijf(regie, post("/api/v1/verhuizingen"),
                importVerzoek(nieuw.contract().id(), "{\"formaat\": \"iets anders\", \"versie\": 1}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", containsString("geen Wegwijs-verhuisdossier")));
        api.schrijf(regie, post("/api/v1/verhuizingen"), importVerzoek(nieuw.contract().id(),
                dossier.replace("\"versie\" : 1", "\"versie\" : 9"))).andExpect(status().isUnprocessableContent());
        api.schrijf(regie, post("/api/v1/verhuizingen"), "{\"dossier\": %s}".formatted(dossier))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("contractId"));
        api.schrijf(regie, post("/api/v1/verhuizingen"), "{\"contractId\": \"%s\"}".formatted(nieuw.contract().id()))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("dossier"));
        api.schrijf(derde.als(Rol.REGIEVOERDER), post("/api/v1/verhuizingen"),
                importVerzoek(derde.contract().id(), dossier))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail", containsString("bestemd voor een andere gemeente")));
        for (Rol rol : new Rol[] { Rol.TEAMLEIDER, Rol.BEGELEIDER, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.schrijf(nieuw.als(rol), post("/api/v1/verhuizingen"), importVerzoek(nieuw.contract().id(), dossier))
                .andExpect(status().isForbidden());
        }
        assertThat(huishoudens(nieuw)).isEqualTo(voor);
    }
}
