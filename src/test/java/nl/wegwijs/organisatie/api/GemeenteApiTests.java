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
import nl.wegwijs.organisatie.Rol;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The gemeenten API: the beheerder adds gemeenten and regime versions, others get 403, bad input writes nothing. */
@IntegrationTest
class GemeenteApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    TestData.Wereld w;
    Medewerker beheerder;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        w = data.wereld();
        beheerder = w.als(Rol.BEHEERDER);
    }

    String vrijeCbsCode() {
        for (int i = 0; ; i++) {
            String code = "GM" + (8000 + (int) (Math.random() * 1000));
            if (!jdbc.sql("select exists (select 1 from gemeente where cbs_code = ?)").param(code)
                .query(Boolean.class).single()) {
                return code;
            }
        }
    }

    int gemeenten(String naam) {
        return jdbc.sql("select count(*) from gemeente where naam = ?").param(naam).query(Integer.class).single();
    }

    @Test
    void beheerderAddsAGemeenteWith201AndLocation() throws Exception {
        String naam = "Nieuwegein " + UUID.randomUUID();
        String cbs = vrijeCbsCode();
        String location = api.schrijf(beheerder, post("/api/v1/gemeenten"),
                "{\"naam\": \"%s\", \"cbsCode\": \"%s\"}".formatted(naam, cbs.toLowerCase()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.cbsCode").value(cbs))
            .andReturn().getResponse().getHeader("Location");
        assertThat(location).contains("/api/v1/gemeenten/");
        api.als(beheerder, get(location)).andExpect(status().isOk()).andExpect(jsonPath("$.naam").value(naam));
        api.als(beheerder, get(location + "/regimes")).andExpect(status().isOk())
            .andExpect(jsonPath("$[0].geldigVanaf").value("2022-01-01"));

        api.schrijf(beheerder, post("/api/v1/gemeenten"), "{\"naam\": \"%s\", \"cbsCode\": \"%s\"}".formatted(naam, cbs))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("Er is al een gemeente met deze CBS-code."));
        assertThat(gemeenten(naam)).isEqualTo(1);
    }

    @Test
    void badInputIs400AndWritesNothing() throws Exception {
        String naam = "Fout " + UUID.randomUUID();
        api.schrijf(beheerder, post("/api/v1/gemeenten"), "{\"naam\": \"%s\", \"cbsCode\": \"0518\"}".formatted(naam))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("cbsCode"));
        assertThat(gemeenten(naam)).isZero();
    }

    @Test
    void otherRolesGet403AndWriteNothing() throws Exception {
        String naam = "Verboden " + UUID.randomUUID();
        for (Rol rol : new Rol[] { Rol.REGIEVOERDER, Rol.TEAMLEIDER, Rol.PRIVACYFUNCTIONARIS }) {
            api.als(w.als(rol), get("/api/v1/gemeenten")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("U heeft geen toegang tot deze bron."));
            api.als(w.als(rol), get("/api/v1/gemeenten/" + w.gemeente().id() + "/regimes"))
                .andExpect(status().isForbidden());
            api.schrijf(w.als(rol), post("/api/v1/gemeenten"),
                    "{\"naam\": \"%s\", \"cbsCode\": \"%s\"}".formatted(naam, vrijeCbsCode()))
                .andExpect(status().isForbidden());
            api.schrijf(w.als(rol), post("/api/v1/gemeenten/" + w.gemeente().id() + "/regimes"),
                    regime(LocalDate.now().plusDays(10))).andExpect(status().isForbidden());
            api.schrijf(w.als(rol), put("/api/v1/gemeenten/" + w.gemeente().id() + "/bewaartermijn"),
                    "{\"maanden\": 12}").andExpect(status().isForbidden());
        }
        assertThat(gemeenten(naam)).isZero();
        assertThat(jdbc.sql("select count(*) from gemeente_regime where gemeente_id = ?").param(w.gemeente().id())
            .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void unknownGemeenteIs404() throws Exception {
        UUID onbekend = UUID.randomUUID();
        nietGevonden(api.als(beheerder, get("/api/v1/gemeenten/" + onbekend)));
        nietGevonden(api.als(beheerder, get("/api/v1/gemeenten/" + onbekend + "/regimes")));
        nietGevonden(api.schrijf(beheerder, post("/api/v1/gemeenten/" + onbekend + "/regimes"),
                regime(LocalDate.now().plusDays(10))));
        nietGevonden(api.schrijf(beheerder, put("/api/v1/gemeenten/" + onbekend + "/taakstellingen/2027/1"),
                "{\"aantal\": 5}"));
        nietGevonden(api.als(beheerder, delete("/api/v1/gemeenten/" + w.gemeente().id() + "/regimes/" + onbekend)
            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())));
    }

    @Test
    void pagesFollowTheNextLink() throws Exception {
        String json = api.als(beheerder, get("/api/v1/gemeenten").param("aantal", "1")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(1))
            .andExpect(jsonPath("$.volgende", containsString("na=")))
            .andReturn().getResponse().getContentAsString();
        String eerste = JsonPath.read(json, "$.items[0].id");
        String volgende = JsonPath.read(json, "$.volgende");
        String tweede = api.als(beheerder, get(volgende)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        assertThat((String) JsonPath.read(tweede, "$.items[0].id")).isGreaterThan(eerste);
    }

    String regime(LocalDate vanaf) {
        return "{\"geldigVanaf\": \"%s\", \"pipWeken\": 12, \"ontzorgenMaanden\": 6, \"inburgeringstermijnMaanden\": 36}"
            .formatted(vanaf);
    }

    @Test
    void aRegimeVersionIsAddedFromTomorrowAndCanBeWithdrawn() throws Exception {
        String pad = "/api/v1/gemeenten/" + w.gemeente().id() + "/regimes";
        api.schrijf(beheerder, post(pad), regime(LocalDate.now()))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.code").value("organisatie.versie.verleden"));
        api.schrijf(beheerder, post(pad), "{\"geldigVanaf\": \"%s\", \"pipWeken\": 0}".formatted(LocalDate.now().plusDays(3)))
            .andExpect(status().isBadRequest());
        String location = api.schrijf(beheerder, post(pad), regime(LocalDate.now().plusDays(3)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString(pad + "/")))
            .andExpect(jsonPath("$.pipWeken").value(12))
            .andExpect(jsonPath("$.intrekbaar").value(true))
            .andReturn().getResponse().getHeader("Location");
        api.als(beheerder, get(pad)).andExpect(jsonPath("$[*].pipWeken", hasItem(12)));
        api.als(beheerder, get(location)).andExpect(status().isOk());

        api.als(w.als(Rol.REGIEVOERDER), delete(location).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().isForbidden());
        api.als(beheerder, delete(location).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().isNoContent());
        nietGevonden(api.als(beheerder, get(location)));
        String enige = JsonPath.read(api.als(beheerder, get(pad)).andReturn().getResponse().getContentAsString(),
                "$[0].id");
        api.als(beheerder, delete(pad + "/" + enige).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void taakstellingAndRetentionPeriod() throws Exception {
        String pad = "/api/v1/gemeenten/" + w.gemeente().id();
        api.schrijf(beheerder, put(pad + "/taakstellingen/2027/2"), "{\"aantal\": 40}").andExpect(status().isOk())
            .andExpect(jsonPath("$.aantal").value(40));
        api.schrijf(beheerder, put(pad + "/taakstellingen/2027/3"), "{\"aantal\": 40}")
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.invalidParams[0].name").value("halfjaar"));
        api.schrijf(beheerder, put(pad + "/taakstellingen/2027/1"), "{\"aantal\": -1}")
            .andExpect(status().isBadRequest());
        api.als(beheerder, get(pad + "/taakstellingen")).andExpect(jsonPath("$.length()").value(1))
            .andExpect(jsonPath("$[0].halfjaar").value(2));

        api.schrijf(beheerder, put(pad + "/bewaartermijn"), "{\"maanden\": 18}").andExpect(status().isOk())
            .andExpect(jsonPath("$.maanden").value(18));
        api.schrijf(beheerder, put(pad + "/bewaartermijn"), "{\"maanden\": 0}").andExpect(status().isBadRequest());
        api.als(beheerder, get(pad + "/bewaartermijn")).andExpect(jsonPath("$.maanden").value(18));
    }
}
