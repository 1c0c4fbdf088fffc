package nl.wegwijs.huishouden.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static nl.wegwijs.huishouden.api.ApiFixture.nietGevonden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The households API: each role reads exactly what it may see, a foreign household does not exist (404), bad input
 * is a 400 that writes nothing, a stale version a 409, a domain refusal a 422 in Dutch.
 */
@IntegrationTest
class HuishoudenApiTests {

    static final LocalDate BRP = LocalDate.now().minusMonths(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    ApiFixture.TweeTeams wereld;
    TestData.Wereld w;
    UUID teamA;
    String pad;

    /** Household A: team A, with the vrijwilliger assigned; household B: team B. */
    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        wereld = ApiFixture.TweeTeams.maak(data, trajecten, BRP);
        w = wereld.w();
        teamA = wereld.a().huishouden().value();
        pad = "/api/v1/huishoudens/" + teamA;
    }

    // --- reading, per role

    @Test
    void eachRoleListsOnlyTheHouseholdsItMaySee() {
        wereld.zichtbaar(teamA.toString(), wereld.b().huishouden().toString())
            .forEach((wie, welke) -> assertThat(api.ids(wie, "/api/v1/huishoudens")).as(wie.gebruikersnaam())
                .containsExactlyInAnyOrderElementsOf(welke));
    }

    @Test
    void eachRoleReadsItsOwnHouseholdAndGets404ForOneItMayNotSee() throws Exception {
        for (Medewerker wie : List.of(w.als(Rol.VRIJWILLIGER), w.als(Rol.BEGELEIDER), w.als(Rol.TEAMLEIDER),
                w.als(Rol.REGIEVOERDER))) {
            api.als(wie, get(pad)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(teamA.toString()));
        }
        for (Medewerker wie : List.of(w.vrijwilliger2(), w.begeleiderB(), w.als(Rol.BELEID), w.als(Rol.BEHEERDER))) {
            nietGevonden(api.als(wie, get(pad)));
        }
    }

    @Test
    void readsAHouseholdAsCamelCaseJsonWithIsoDatesAndNoSecrets() throws Exception {
        String json = api.als(w.als(Rol.BEGELEIDER), get(pad))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.naam").value("Haddad, Samira"))
            .andExpect(jsonPath("$.gemeenteId").value(w.gemeente().id().toString()))
            .andExpect(jsonPath("$.adres.straat").value("Dorpsstraat"))
            .andExpect(jsonPath("$.adres.postcode").value("1234 AB"))
            .andExpect(jsonPath("$.datums.huisvesting").value(BRP.minusDays(14).toString()))
            .andExpect(jsonPath("$.herkomstLocatie").value("azc Budel"))
            .andExpect(jsonPath("$.brpDatum").value(BRP.toString()))
            .andExpect(jsonPath("$.versie").value(1))
            .andExpect(jsonPath("$.personen.length()").value(3))
            .andExpect(jsonPath("$.personen[0].rol").value("HOOFDPERSOON"))
            .andExpect(jsonPath("$.personen[0].landVanHerkomst").value("Syrië"))
            .andExpect(jsonPath("$.personen[0].talen[0]").value("Arabisch"))
            .andExpect(jsonPath("$.personen[0].geboortedatum").value("1990-03-01"))
            .andExpect(jsonPath("$.personen[0].nareiziger").value(false))
            .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain("wachtwoord", "password", "{noop}", "{bcrypt}");
    }

    @Test
    void pagesWithKeysetNaAndAantal() throws Exception {
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        String eerste = api.als(rv, get("/api/v1/huishoudens?aantal=1")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(1))
            .andReturn().getResponse().getContentAsString();
        String volgende = JsonPath.read(eerste, "$.volgende");
        String na = JsonPath.read(eerste, "$.items[0].id");
        assertThat(volgende).isEqualTo("http://localhost/api/v1/huishoudens?aantal=1&na=" + na);
        api.als(rv, get(java.net.URI.create(volgende)))
            .andExpect(jsonPath("$.items.length()").value(1))
            .andExpect(jsonPath("$.items[0].id").value(org.hamcrest.Matchers.not(na)))
            .andExpect(jsonPath("$.volgende").value((Object) null));
        String tweede = api.als(rv, get(java.net.URI.create(volgende))).andReturn().getResponse()
            .getContentAsString();
        assertThat(List.of(na, JsonPath.<String>read(tweede, "$.items[0].id")))
            .containsExactlyInAnyOrder(teamA.toString(), wereld.b().huishouden().toString());
        api.als(rv, get("/api/v1/huishoudens").param("aantal", "100")).andExpect(status().isOk())
            .andExpect(jsonPath("$.items.length()").value(2))
            .andExpect(jsonPath("$.volgende").value((Object) null));
        // more than the largest page is refused, not silently clamped (issue 20)
        api.als(rv, get("/api/v1/huishoudens").param("aantal", "1000")).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("aantal"));
    }

    // --- another world: not 403 but 404, for reads and writes

    @Test
    void anotherWorldGets404ForEveryReadAndWriteOfAForeignHousehold() throws Exception {
        TestData.Wereld ander = data.wereld();
        UUID persoon = eerstePersoon();
        for (Rol rol : List.of(Rol.REGIEVOERDER, Rol.TEAMLEIDER, Rol.BEGELEIDER, Rol.VRIJWILLIGER)) {
            Medewerker vreemde = ander.als(rol);
            nietGevonden(api.als(vreemde, get(pad)));
            nietGevonden(api.als(vreemde, get(pad + "/personen/" + persoon)));
            nietGevonden(api.schrijf(vreemde, put(pad), wijziging(1, "Vreemdeweg")));
            nietGevonden(api.schrijf(vreemde, post(pad + "/personen"), nareiziger(1, "\"voornaam\": \"Omar\",")));
            nietGevonden(api.schrijf(vreemde, put(pad + "/personen/" + persoon),
                    nareiziger(1, "\"voornaam\": \"Omar\",")));
            assertThat(api.ids(vreemde, "/api/v1/huishoudens"))
                .doesNotContain(teamA.toString(), wereld.b().huishouden().toString());
        }
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
        assertThat(aantalPersonen()).isEqualTo(3);
    }

    // --- writing

    @Test
    void changesAddressAndDatesAtTheVersionLastRead() throws Exception {
        api.schrijf(w.als(Rol.BEGELEIDER), put(pad), wijziging(1, "Nieuwe Weg"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.adres.straat").value("Nieuwe Weg"))
            .andExpect(jsonPath("$.datums.verhuizing").value(LocalDate.now().toString()))
            .andExpect(jsonPath("$.datums.regeldag").value((Object) null))
            .andExpect(jsonPath("$.herkomstLocatie").value("azc Ter Apel"))
            .andExpect(jsonPath("$.versie").value(2));
        assertThat(straatEnVersie()).isEqualTo("Nieuwe Weg/2");
    }

    @Test
    void refusesAStaleVersionWith409AndWritesNothing() throws Exception {
        api.schrijf(w.als(Rol.REGIEVOERDER), put(pad), wijziging(0, "Nieuwe Weg"))
            .andExpect(status().isConflict())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(409))
            .andExpect(jsonPath("$.detail").value(startsWith("Iemand anders heeft dit")));
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
    }

    @Test
    void refusesAChangeByAVrijwilligerWith422InDutch() throws Exception {
        api.schrijf(w.als(Rol.VRIJWILLIGER), put(pad), wijziging(1, "Nieuwe Weg"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.code").value("huishouden.wijzigen.niet-toegestaan"))
            .andExpect(jsonPath("$.detail").value("U mag de gegevens van dit huishouden niet wijzigen."));
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
    }

    @Test
    void rejectsAChangeWithoutVersieOrAdresWith400NamingTheFields() throws Exception {
        // without any version (neither If-Match nor versie): 428 Precondition Required
        api.schrijf(w.als(Rol.REGIEVOERDER), put(pad), "{\"datums\": {}}")
            .andExpect(status().isPreconditionRequired())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.schrijf(w.als(Rol.REGIEVOERDER), put(pad), "{\"versie\": null, \"datums\": {}}")
            .andExpect(status().isPreconditionRequired());
        api.schrijf(w.als(Rol.REGIEVOERDER), put(pad), "{\"versie\": 1, \"datums\": {}}")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("adres")));
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
    }

    @Test
    void addsANareizigerWith201AndALocationThatResolves() throws Exception {
        String locatie = api.schrijf(w.als(Rol.REGIEVOERDER), post(pad + "/personen"),
                nareiziger(1, "\"voornaam\": \"Omar\","))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", matchesPattern(".*" + pad + "/personen/[0-9a-f-]{36}")))
            .andExpect(jsonPath("$.voornaam").value("Omar"))
            .andExpect(jsonPath("$.rol").value("NAREIZIGER"))
            .andExpect(jsonPath("$.nareiziger").value(true))
            .andExpect(jsonPath("$.brpDatum").value(LocalDate.now().minusDays(3).toString()))
            .andReturn().getResponse().getHeader("Location");
        api.als(w.als(Rol.BEGELEIDER), get(locatie)).andExpect(status().isOk())
            .andExpect(jsonPath("$.voornaam").value("Omar"));
        api.als(w.als(Rol.BEGELEIDER), get(pad))
            .andExpect(jsonPath("$.personen.length()").value(4))
            .andExpect(jsonPath("$.versie").value(2));
    }

    @Test
    void rejectsAPersonWithoutVoornaamWith400NamingTheFieldAndWritesNothing() throws Exception {
        api.schrijf(w.als(Rol.REGIEVOERDER), post(pad + "/personen"), nareiziger(1, ""))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.invalidParams[0].name").value("persoon.voornaam"))
            .andExpect(jsonPath("$.invalidParams[0].reason").value("Vul de voornaam in."));
        assertThat(aantalPersonen()).isEqualTo(3);
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
    }

    @Test
    void explainsValidationInEnglishWithLangEn() throws Exception {
        api.schrijf(w.als(Rol.REGIEVOERDER), post(pad + "/personen").param("lang", "en"), nareiziger(1, ""))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].reason").value("Enter the first name."));
    }

    @Test
    void tellsABsnOfTheWrongShape400AndOneFailingTheElfproef422() throws Exception {
        api.schrijf(w.als(Rol.REGIEVOERDER), post(pad + "/personen"),
                nareiziger(1, "\"voornaam\": \"Omar\", \"bsn\": \"12345\","))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.invalidParams[0].name").value("persoon.bsn"))
            .andExpect(jsonPath("$.invalidParams[0].reason").value("Een BSN bestaat uit precies 9 cijfers."));
        api.schrijf(w.als(Rol.REGIEVOERDER), post(pad + "/personen"),
                nareiziger(1, "\"voornaam\": \"Omar\", \"bsn\": \"123456789\","))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value(startsWith("Dit BSN is niet geldig")));
        assertThat(aantalPersonen()).isEqualTo(3);
    }

    @Test
    void changesAPersonWithPut() throws Exception {
        UUID persoon = eerstePersoon();
        String hoofdpersoon = nareiziger(1, "\"voornaam\": \"Sami\",")
            .replace("\"rol\": \"NAREIZIGER\"", "\"rol\": \"HOOFDPERSOON\"")
            .replace("\"status\": \"NAREIZIGER\"", "\"status\": \"ASIELSTATUSHOUDER\"");
        api.schrijf(w.als(Rol.TEAMLEIDER), put(pad + "/personen/" + persoon), hoofdpersoon)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(persoon.toString()))
            .andExpect(jsonPath("$.voornaam").value("Sami"));
        api.als(w.als(Rol.TEAMLEIDER), get(pad))
            .andExpect(jsonPath("$.personen[*].voornaam").value(hasItem("Sami")))
            .andExpect(jsonPath("$.personen.length()").value(3));
    }

    // --- security

    @Test
    void answers401WithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/huishoudens")).andExpect(status().isUnauthorized())
            .andExpect(header().string("API-Version", ApiFixture.API_VERSIE));
        mvc.perform(get(pad)).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAWriteWithoutCsrfWith403AndWritesNothing() throws Exception {
        api.als(w.als(Rol.REGIEVOERDER), post(pad + "/personen").contentType(MediaType.APPLICATION_JSON)
            .content(nareiziger(1, "\"voornaam\": \"Omar\",")))
            .andExpect(status().isForbidden());
        api.als(w.als(Rol.REGIEVOERDER), put(pad).with(csrf().useInvalidToken())
            .contentType(MediaType.APPLICATION_JSON).content(wijziging(1, "Nieuwe Weg")))
            .andExpect(status().isForbidden());
        assertThat(aantalPersonen()).isEqualTo(3);
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
    }

    // --- helpers

    private static String wijziging(long versie, String straat) {
        return """
                {"versie": %d,
                 "adres": {"straat": "%s", "huisnummer": "12a", "postcode": "4321 BA", "woonplaats": "Testdorp"},
                 "datums": {"koppeling": "%s", "huisvesting": "%s", "regeldag": null, "verhuizing": "%s"},
                 "herkomstLocatie": "azc Ter Apel"}"""
            .formatted(versie, straat, BRP.minusMonths(2), BRP.minusDays(14), LocalDate.now());
    }

    /** A nareiziger; {@code voornaam} is the JSON member for the first name, or empty to leave it out. */
    private static String nareiziger(long versie, String voornaam) {
        return """
                {"versie": %d, "persoon": {"rol": "NAREIZIGER", %s "achternaam": "Haddad",
                 "geboortedatum": "2001-04-04", "geslacht": "MAN", "landVanHerkomst": "Syrië", "talen": ["Arabisch"],
                 "tolkNodig": true, "tolkTaal": "Arabisch", "brpDatum": "%s", "status": "NAREIZIGER"}}"""
            .formatted(versie, voornaam, LocalDate.now().minusDays(3));
    }

    private UUID eerstePersoon() {
        return jdbc.sql("select id from persoon where huishouden_id = ? order by volgorde limit 1").param(teamA)
            .query(UUID.class).single();
    }

    private long aantalPersonen() {
        return jdbc.sql("select count(*) from persoon where huishouden_id = ?").param(teamA).query(Long.class)
            .single();
    }

    private String straatEnVersie() {
        return jdbc.sql("select straat || '/' || versie from huishouden where id = ?").param(teamA)
            .query(String.class).single();
    }
}
