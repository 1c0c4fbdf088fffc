package nl.wegwijs.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.TrajectService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static nl.wegwijs.TestData.als;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Bad input never a 500 (issue 20, point 8), kept so by a seeded fuzzer over the OpenAPI document: for every
 * operation it sends bad requests built from the documented parameters and bodies (a wrong or missing Content-Type,
 * odd path ids, query values that are not UTF-8, hold a NUL or a huge or negative number, bodies with wrong types,
 * {@code null} in lists, NUL in texts, dates outside 1900–2199, huge texts, deep nesting, unknown fields) as
 * medewerkers who may write, and asserts: never a 5xx, every 4xx Dutch problem+json, nothing written (row counts
 * and the sum of versie per table before and after). Deterministic per {@link #ZAAD}; a failure names the request.
 */
@IntegrationTest
class OpenApiFuzzTests {

    static final long ZAAD = 20L;
    static final int PER_OPERATIE = 8;
    /** Sending stops after this (a busy machine sends fewer requests of the same sequence, never others). */
    static final long BUDGET = 45_000_000_000L;
    static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String DIEP = "<diep genest>";

    /** Tables whose rows a refused request may add: the processing log, sessions, the login brake, tokens. */
    static final Pattern VRIJ = Pattern.compile("verwerking.*|spring_session.*|inzending.*|inlog_poging.*|flyway.*");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();
    final List<String> mislukt = new ArrayList<>();

    @Test
    void noBadRequestToAnyDocumentedOperationGivesA5xxOrWritesAnything() throws Exception {
        var wereld = ApiFixture.TweeTeams.maak(data, trajecten, LocalDate.now().minusMonths(1));
        List<Medewerker> schrijvers = List.of(wereld.w().als(Rol.REGIEVOERDER), wereld.w().als(Rol.TEAMLEIDER),
                wereld.w().als(Rol.BEGELEIDER));
        JsonNode document = json.readTree(mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse()
            .getContentAsByteArray());
        String basis = document.path("servers").path(0).path("url").asString("/api/v1");
        Map<String, Object> voor = stand();
        Random random = new Random(ZAAD);
        long start = System.nanoTime();
        int verzoeken = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paden = document.path("paths").properties().iterator(); paden
            .hasNext();) {
            var pad = paden.next();
            for (var operatie : pad.getValue().properties()) {
                HttpMethod methode = HttpMethod.valueOf(operatie.getKey().toUpperCase(java.util.Locale.ROOT));
                for (int i = 0; i < PER_OPERATIE && System.nanoTime() - start < BUDGET; i++) {
                    Medewerker wie = schrijvers.get(random.nextInt(schrijvers.size()));
                    stuur(document, basis + pad.getKey(), methode, operatie.getValue(), i, random, wie);
                    verzoeken++;
                }
            }
        }
        long seconden = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(verzoeken).as("requests sent").isGreaterThan(100);
        assertThat(mislukt).as("bad requests that were not a Dutch 4xx").isEmpty();
        assertThat(stand()).as("rows and versions after " + verzoeken + " bad requests").isEqualTo(voor);
        assertThat(seconden).as("runtime").isLessThan(60);
    }

    /** One bad request; what kind of bad is chosen by {@code soort} (round robin) and the random source. */
    private void stuur(JsonNode document, String sjabloon, HttpMethod methode, JsonNode operatie, int soort,
            Random random, Medewerker wie) throws Exception {
        boolean vreemdPad = soort % 4 == 1;
        StringBuilder pad = new StringBuilder();
        Matcher m = PARAMETER.matcher(sjabloon);
        while (m.find()) {
            String waarde = vreemdPad ? kies(random, " ", "geen-uuid", "-1", "0", "9".repeat(40), "a%00b", "%C3%28",
                    "..", "x".repeat(3000), "00000000-0000-0000-0000-00000000000g")
                    : UUID.randomUUID().toString();
            m.appendReplacement(pad, Matcher.quoteReplacement(waarde.contains("%") ? waarde
                    : UriUtils.encodePathSegment(waarde, StandardCharsets.UTF_8)));
        }
        m.appendTail(pad);
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operatie.path("parameters")) {
            if (!"query".equals(parameter.path("in").asString()) || random.nextBoolean() && soort % 4 != 2) {
                continue;
            }
            String waarde = soort % 4 == 2 ? kies(random, "%00", "%C3%28", "%FF%FE", "99999999999999999999999", "-1",
                    "-99999999999", "", "%20", "1e400", "9999-12-31", "0000-01-01", "x".repeat(5000))
                    : UriUtils.encodeQueryParam(waarde(parameter.path("schema"), document, random, 0).asString(""),
                            StandardCharsets.UTF_8);
            query.append(query.isEmpty() ? "?" : "&").append(parameter.path("name").asString()).append('=')
                .append(waarde);
        }
        if (soort % 6 == 5) {
            query.append(query.isEmpty() ? "?" : "&").append("lang=..%2F..%2Fetc");
        }
        MockHttpServletRequestBuilder verzoek = MockMvcRequestBuilders.request(methode, URI.create(pad + "" + query))
            .with(csrf()).with(als(wie));
        JsonNode body = operatie.path("requestBody").path("content");
        if (!body.isMissingNode()) {
            JsonNode schema = body.properties().iterator().next().getValue().path("schema");
            lichaam(verzoek, schema, document, soort, random);
        }
        if (soort % 5 == 3) {
            verzoek.accept(kies(random, "application/xml", "text/csv", "image/png"));
        }
        if (soort % 7 == 4) {
            verzoek.header("If-Match", kies(random, "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "*", "\"\"",
                    "\"1\", \"2\""));
        }
        MockHttpServletResponse antwoord;
        try {
            antwoord = mvc.perform(verzoek).andReturn().getResponse();
        }
        catch (Exception fout) {
            mislukt.add(methode + " " + pad + query + " threw " + fout);
            return;
        }
        controleer(methode + " " + pad + query, antwoord);
    }

    /** A body with at least one defect, so that no request may write. */
    private void lichaam(MockHttpServletRequestBuilder verzoek, JsonNode schema, JsonNode document, int soort,
            Random random) {
        JsonNode goed = waarde(schema, document, random, 0);
        switch (soort % 8) {
            case 0 -> verzoek.contentType(MediaType.TEXT_PLAIN).content(goed.toString());
            case 1 -> verzoek.content(goed.toString()); // no Content-Type at all
            case 2 -> verzoek.contentType(MediaType.APPLICATION_XML).content("<versie>1</versie>");
            case 3 -> verzoek.contentType(MediaType.APPLICATION_JSON).content(kies(random, "{", "[", "null", "42",
                    "\"tekst\"", "{\"versie\": }", "[".repeat(5000) + "]".repeat(5000), "{\"a\":" .repeat(3000)));
            default -> verzoek.contentType(MediaType.APPLICATION_JSON).content(metFout(goed, schema, document,
                    random).toString().replace("\"" + DIEP + "\"", "[".repeat(1500) + "]".repeat(1500)));
        }
    }

    /** The body with one defect in a field (or, when there is no field to spoil, a body that is no object). */
    private JsonNode metFout(JsonNode goed, JsonNode schema, JsonNode document, Random random) {
        if (!(goed instanceof ObjectNode object) || object.isEmpty()) {
            return NODES.arrayNode().add(NODES.nullNode());
        }
        object.put("onbekendVeld" + random.nextInt(100), "x");
        List<String> velden = new ArrayList<>(object.propertyNames());
        String veld = velden.get(random.nextInt(velden.size()));
        JsonNode veldschema = los(los(schema, document).path("properties").path(veld), document);
        String type = veldschema.path("type").asString("");
        String formaat = veldschema.path("format").asString("");
        if (formaat.equals("date")) {
            object.put(veld, kies(random, "9999-12-31", "0000-01-01", "1899-12-31", "2200-01-01", "31-12-2024",
                    "2024-02-30"));
        }
        else if (type.equals("array")) {
            ArrayNode lijst = NODES.arrayNode();
            lijst.addNull();
            object.set(veld, lijst);
        }
        else if (type.equals("integer") || type.equals("number")) {
            object.set(veld, kies(random, NODES.stringNode("veel"),
                    NODES.numberNode(new java.math.BigInteger("99999999999999999999999999")), NODES.objectNode(),
                    NODES.arrayNode().add(1)));
        }
        else if (type.equals("boolean")) {
            object.set(veld, kies(random, NODES.objectNode(), NODES.arrayNode(), NODES.stringNode("misschien")));
        }
        else if (type.equals("string") && veldschema.path("enum").isEmpty() && !formaat.equals("uuid")) {
            object.put(veld, "a\u0000b" + "x".repeat(random.nextBoolean() ? 10 : 100_000));
        }
        else if (type.equals("string")) {
            object.set(veld, kies(random, NODES.stringNode("ONBEKEND\u0000"), NODES.objectNode(),
                    NODES.stringNode("geen-uuid")));
        }
        else {
            // an object: nested far too deep (written in below), or a text
            object.set(veld, kies(random, NODES.stringNode(DIEP), NODES.stringNode("a\u0000")));
        }
        return object;
    }

    /** A plausible value for a schema (resolving $ref), depth-limited. */
    private JsonNode waarde(JsonNode schema, JsonNode document, Random random, int diepte) {
        JsonNode s = los(schema, document);
        if (s.has("enum")) {
            return s.path("enum").path(random.nextInt(s.path("enum").size()));
        }
        String type = s.path("type").asString(s.has("properties") ? "object" : "string");
        return switch (type) {
            case "integer" -> NODES.numberNode(random.nextInt(5));
            case "number" -> NODES.numberNode(random.nextDouble() * 10);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode lijst = NODES.arrayNode();
                if (diepte < 4) {
                    lijst.add(waarde(s.path("items"), document, random, diepte + 1));
                }
                yield lijst;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (diepte < 4) {
                    for (var p : s.path("properties").properties()) {
                        object.set(p.getKey(), waarde(p.getValue(), document, random, diepte + 1));
                    }
                }
                yield object;
            }
            default -> switch (s.path("format").asString("")) {
                case "date" -> NODES.stringNode(LocalDate.now().minusDays(random.nextInt(30)).toString());
                case "date-time" -> NODES.stringNode("2025-01-01T10:00:00Z");
                case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
                default -> NODES.stringNode("tekst " + random.nextInt(100));
            };
        };
    }

    private static JsonNode los(JsonNode schema, JsonNode document) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.path("$ref").asString();
            s = document.at(ref.substring(1));
        }
        if (s.has("allOf") && s.path("allOf").size() == 1) {
            return los(s.path("allOf").path(0), document);
        }
        if (s.has("oneOf") || s.has("anyOf")) {
            return los((s.has("oneOf") ? s.path("oneOf") : s.path("anyOf")).path(0), document);
        }
        return s;
    }

    /** Never a 5xx; a 4xx is Dutch problem+json. */
    private void controleer(String wat, MockHttpServletResponse antwoord) throws Exception {
        int status = antwoord.getStatus();
        if (status >= 500) {
            mislukt.add(wat + " answered " + status);
            return;
        }
        if (status < 400) {
            return;
        }
        String type = antwoord.getContentType();
        if (type == null || !MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            mislukt.add(wat + " answered " + status + " as " + type);
            return;
        }
        JsonNode p = json.readTree(antwoord.getContentAsByteArray());
        String titel = p.path("title").asString("");
        if (!p.path("type").asString("").startsWith("https://wegwijs.nl/problemen/") || titel.isBlank()
                || titel.equalsIgnoreCase(HttpStatus.valueOf(status).getReasonPhrase())
                || p.path("detail").asString("").isBlank() || p.path("status").asInt() != status) {
            mislukt.add(wat + " answered " + status + " with " + p);
        }
    }

    /** Per table its rows, and the sum of versie where it has one: an insert, delete or versioned update shows. */
    private Map<String, Object> stand() {
        Map<String, Object> stand = new LinkedHashMap<>();
        List<String> tabellen = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname""").query(String.class).list();
        for (String tabel : tabellen) {
            if (VRIJ.matcher(tabel).matches()) {
                continue;
            }
            boolean versie = jdbc.sql("select count(*) from information_schema.columns where table_schema = "
                    + "current_schema() and table_name = ? and column_name = 'versie'").param(tabel)
                .query(Long.class).single() > 0;
            stand.put(tabel, jdbc.sql("select count(*)" + (versie ? " || '/' || coalesce(sum(versie), 0)" : "")
                    + " from \"" + tabel + "\"").query(String.class).single());
        }
        return stand;
    }

    @SafeVarargs
    private static <T> T kies(Random random, T... keuzes) {
        return keuzes[random.nextInt(keuzes.length)];
    }
}
