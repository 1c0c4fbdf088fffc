package nl.wegwijs.system;

import java.time.LocalDate;
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
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ETag and If-Match beside {@code versie} (RFC 9110 §13): a read carries the version as a strong ETag, a write may
 * send it back in If-Match instead of the body; a stale one is 412, a write without any version 428, both given and
 * different 412; nothing is written on a refusal.
 */
@IntegrationTest
class VersieTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    ApiFixture api;
    Medewerker regievoerder;
    UUID huishouden;
    String pad;

    @BeforeEach
    void wereld() {
        api = new ApiFixture(mvc);
        var wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(1));
        regievoerder = wereld.w().als(Rol.REGIEVOERDER);
        huishouden = wereld.a().huishouden().value();
        pad = "/api/v1/huishoudens/" + huishouden;
    }

    @Test
    void aReadCarriesItsVersionAsAStrongEtagAndIfNoneMatchAnswers304() throws Exception {
        api.als(regievoerder, get(pad)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
            .andExpect(jsonPath("$.versie").value(1));
        var nietGewijzigd = api.als(regievoerder, get(pad).header("If-None-Match", "\"1\""))
            .andExpect(status().isNotModified()).andExpect(header().string("ETag", "\"1\"")).andReturn();
        assertThat(nietGewijzigd.getResponse().getContentAsByteArray()).isEmpty();
        api.als(regievoerder, get(pad).header("If-None-Match", "\"0\"")).andExpect(status().isOk());
        // a list has no version of its own
        api.als(regievoerder, get("/api/v1/huishoudens")).andExpect(status().isOk())
            .andExpect(header().doesNotExist("ETag"));
    }

    @Test
    void ifMatchSuppliesTheVersionAndTheNewEtagFollows() throws Exception {
        api.schrijf(regievoerder, put(pad).header("If-Match", "\"1\""), wijziging(null, "Nieuwe Weg"))
            .andExpect(status().isOk()).andExpect(jsonPath("$.versie").value(2));
        assertThat(straatEnVersie()).isEqualTo("Nieuwe Weg/2");
        api.als(regievoerder, get(pad)).andExpect(header().string("ETag", "\"2\""));
        // the same version twice is fine
        api.schrijf(regievoerder, put(pad).header("If-Match", "\"2\""), wijziging(2L, "Derde Weg"))
            .andExpect(status().isOk());
        assertThat(straatEnVersie()).isEqualTo("Derde Weg/3");
    }

    @Test
    void aStaleIfMatchIs412NotA409AndWritesNothing() throws Exception {
        api.schrijf(regievoerder, put(pad).header("If-Match", "\"0\""), wijziging(null, "Nieuwe Weg"))
            .andExpect(status().isPreconditionFailed())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(412))
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/voorwaarde-mislukt"))
            .andExpect(jsonPath("$.title").value("Versie klopt niet"))
            .andExpect(jsonPath("$.detail").value(containsString("If-Match is niet meer de huidige")))
            .andExpect(jsonPath("$.instance").value(pad));
        // the body's version alone keeps its 409
        api.schrijf(regievoerder, put(pad), wijziging(0L, "Nieuwe Weg")).andExpect(status().isConflict());
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
    }

    @Test
    void ifMatchAndVersieThatDifferOrAnIfMatchThatIsNoVersionOfOursAre412() throws Exception {
        api.schrijf(regievoerder, put(pad).header("If-Match", "\"1\""), wijziging(2L, "Nieuwe Weg"))
            .andExpect(status().isPreconditionFailed())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("verschillen")))
            .andExpect(jsonPath("$.instance").value(pad));
        for (String vreemd : new String[] { "W/\"1\"", "1", "\"een\"", "\"1\", \"2\"", "\"-1\"" }) {
            api.schrijf(regievoerder, put(pad).header("If-Match", vreemd), wijziging(null, "Nieuwe Weg"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(containsString("geen versie van Wegwijs")));
        }
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
    }

    @Test
    void aWriteThatNeedsAVersionAndHasNoneIs428() throws Exception {
        api.schrijf(regievoerder, put(pad), wijziging(null, "Nieuwe Weg"))
            .andExpect(status().isPreconditionRequired())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(428))
            .andExpect(jsonPath("$.type").value("https://wegwijs.nl/problemen/versie-nodig"))
            .andExpect(jsonPath("$.title").value("Versie nodig"))
            .andExpect(jsonPath("$.detail").value(containsString("If-Match")))
            .andExpect(jsonPath("$.instance").value(pad));
        // If-Match: * names no version
        api.schrijf(regievoerder, put(pad).header("If-Match", "*"), wijziging(null, "Nieuwe Weg"))
            .andExpect(status().isPreconditionRequired());
        assertThat(straatEnVersie()).isEqualTo("Dorpsstraat/1");
    }

    @Test
    void aPostWithAVersionInItsBodyTakesIfMatchToo() throws Exception {
        UUID traject = jdbc.sql("select id from traject where huishouden_id = ?").param(huishouden)
            .query(UUID.class).single();
        long versie = jdbc.sql("select versie from traject where id = ?").param(traject).query(Long.class).single();
        String trajectPad = "/api/v1/trajecten/" + traject;
        api.als(regievoerder, get(trajectPad)).andExpect(header().string("ETag", "\"" + versie + "\""));
        api.schrijf(regievoerder, post(trajectPad + "/verlengingen").header("If-Match", "\"" + (versie - 1) + "\""),
                "{\"maanden\": 6, \"reden\": \"nog nodig\"}")
            .andExpect(status().isPreconditionFailed());
        api.schrijf(regievoerder, post(trajectPad + "/verlengingen"), "{\"maanden\": 6, \"reden\": \"nog nodig\"}")
            .andExpect(status().isPreconditionRequired());
        assertThat(jdbc.sql("select versie from traject where id = ?").param(traject).query(Long.class).single())
            .isEqualTo(versie);
    }

    @Test
    void theDocumentNamesIfMatchEtagAnd412And428WhereTheyApply() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk()).andReturn()
            .getResponse().getContentAsString();
        java.util.List<String> ifMatch = JsonPath.read(document,
                "$.paths['/huishoudens/{id}'].put.parameters[?(@.name == 'If-Match')].in");
        assertThat(ifMatch).containsExactly("header");
        assertThat((String) JsonPath.read(document, "$.paths['/huishoudens/{id}'].put.responses['412'].content"
                + "['application/problem+json'].schema.$ref")).isEqualTo("#/components/schemas/Probleem");
        assertThat((Object) JsonPath.read(document, "$.paths['/huishoudens/{id}'].put.responses['428']")).isNotNull();
        assertThat((Object) JsonPath.read(document, "$.paths['/huishoudens/{id}'].get.responses['200'].headers.ETag"))
            .isNotNull();
        assertThat((Object) JsonPath.read(document, "$.components.schemas.Probleem.properties.detail")).isNotNull();
        java.util.Map<String, Object> lijst = JsonPath.read(document,
                "$.paths['/huishoudens'].get.responses['200'].headers");
        assertThat(lijst).as("a list has no version, so no ETag").doesNotContainKey("ETag");
        // If-Match only on operations whose body or query holds a versie
        java.util.Map<String, java.util.Map<String, Object>> paden = JsonPath.read(document, "$.paths");
        var lijsten = JsonPath.using(com.jayway.jsonpath.Configuration.defaultConfiguration().addOptions(
                com.jayway.jsonpath.Option.SUPPRESS_EXCEPTIONS, com.jayway.jsonpath.Option.ALWAYS_RETURN_LIST))
            .parse(document);
        int metVersie = 0;
        for (var pad : paden.entrySet()) {
            for (var op : pad.getValue().entrySet()) {
                String plek = "$.paths['" + pad.getKey() + "']." + op.getKey();
                java.util.List<String> query = lijsten.read(plek + ".parameters[?(@.name == 'versie')].name");
                java.util.List<String> body = lijsten.read(plek + ".requestBody.content.*.schema.$ref");
                boolean versie = !query.isEmpty() || body.stream().anyMatch(ref -> {
                    java.util.Map<String, Object> schema = JsonPath.read(document,
                            "$.components.schemas['" + ref.substring(ref.lastIndexOf('/') + 1) + "']");
                    return schema.get("properties") instanceof java.util.Map<?, ?> props && props.containsKey("versie");
                });
                java.util.List<String> header = lijsten.read(plek + ".parameters[?(@.name == 'If-Match')].name");
                // only where a versie is read (the other way round fails on schemas that share a simple name,
                // e.g. traject's and participatie's FaseRequest)
                assertThat(header).as(op.getKey() + " " + pad.getKey()).hasSizeLessThanOrEqualTo(versie ? 1 : 0);
                metVersie += header.size();
            }
        }
        assertThat(metVersie).isGreaterThan(20);
    }

    @Test
    void theOperationsThatUseAVersionAreFoundFromTheirParameterTypes() {
        record MetVersie(@jakarta.validation.constraints.NotNull Long versie, String naam) {
        }
        record Optioneel(Long versie) {
        }
        record Zonder(String naam) {
        }
        class Handlers {
            @org.springframework.web.bind.annotation.PutMapping
            void vervang(@org.springframework.web.bind.annotation.RequestBody Optioneel o) {
            }

            @org.springframework.web.bind.annotation.PostMapping
            void maakOfWijzig(@org.springframework.web.bind.annotation.RequestBody Optioneel o) {
            }

            @org.springframework.web.bind.annotation.PostMapping
            void actie(@org.springframework.web.bind.annotation.RequestBody MetVersie o) {
            }

            @org.springframework.web.bind.annotation.PostMapping
            void maak(@org.springframework.web.bind.annotation.RequestBody Zonder o) {
            }

            @org.springframework.web.bind.annotation.DeleteMapping
            void verwijder(@org.springframework.web.bind.annotation.RequestParam(required = false) Long versie) {
            }
        }
        assertThat(gebruik(Handlers.class, "vervang")).isEqualTo(
                new Versiegebruik(Versiegebruik.Plaats.BODY, false));
        assertThat(gebruik(Handlers.class, "maakOfWijzig")).isEqualTo(
                new Versiegebruik(Versiegebruik.Plaats.BODY, false));
        assertThat(gebruik(Handlers.class, "actie")).isEqualTo(new Versiegebruik(Versiegebruik.Plaats.BODY, true));
        assertThat(gebruik(Handlers.class, "maak")).isEqualTo(Versiegebruik.GEEN);
        assertThat(gebruik(Handlers.class, "verwijder")).isEqualTo(
                new Versiegebruik(Versiegebruik.Plaats.QUERY, true));
    }

    private static Versiegebruik gebruik(Class<?> type, String naam) {
        for (var m : type.getDeclaredMethods()) {
            if (m.getName().equals(naam)) {
                return Versiegebruik.van(new org.springframework.web.method.HandlerMethod(type, m));
            }
        }
        throw new IllegalArgumentException(naam);
    }

    private static String wijziging(Long versie, String straat) {
        return """
                {%s"adres": {"straat": "%s", "huisnummer": "12a", "postcode": "4321 BA", "woonplaats": "Testdorp"},
                 "datums": {"koppeling": null, "huisvesting": null, "regeldag": null, "verhuizing": null}}"""
            .formatted(versie == null ? "" : "\"versie\": " + versie + ", ", straat);
    }

    private String straatEnVersie() {
        return jdbc.sql("select straat || '/' || versie from huishouden where id = ?").param(huishouden)
            .query(String.class).single();
    }
}
