package nl.wegwijs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The access matrix: every endpoint (UI and API) × every role × a household without and with consent (and, for
 * reads, a household handed over to the wijkteam, without and with consent), asserted against the decisions in
 * {@code src/test/resources/toegangsmatrix.tsv}. It fails when an endpoint has no decision (add its rows), when a
 * decision changes, when any request answers 5xx, and when a request logs a person twice.
 * <p>
 * Each cell is {@code status}, then {@code +T} when the page shows the "toestemming nodig" notice, then {@code L<n>}
 * for the processing-log rows (reads) the request wrote. A write is sent empty (form) or as {@code {}} (API): allowed
 * shows as a validation answer (200 with errors, 302, 400, 422), denied as 403/404. Every request runs in a
 * transaction that is rolled back, so the fixture stays the same for every cell.
 * <p>
 * To record the current behaviour after a deliberate change: {@code mvn test -Dtest=ToegangsmatrixTests
 * -Dwegwijs.matrix.vastleggen=true}, then review the diff of the TSV line by line before committing it.
 */
@IntegrationTest
class ToegangsmatrixTests {

    private static final Path BESTAND = Path.of("src/test/resources/toegangsmatrix.tsv");
    private static final Pattern VARIABELE = Pattern.compile("\\{([^}/]+)}");
    /** Endpoints outside the matrix: the API document, login, error page, static resources. */
    private static final Set<String> BUITEN = Set.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config",
            "/error", "/inloggen", "/login", "/logout", "/uitloggen", "/swagger-ui.html");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MatrixFixture fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void everyEndpointHasADecisionPerRoleAndConsentAndKeepsIt() throws Exception {
        MatrixFixture.Wereld f = fixtures.maak();
        Map<String, String> gemeten = new TreeMap<>();
        List<String> fouten = new ArrayList<>();
        for (String endpoint : endpoints()) {
            String methode = endpoint.substring(0, endpoint.indexOf(' '));
            String patroon = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (Rol rol : Rol.values()) {
                Medewerker wie = f.w().als(rol);
                List<String> cellen = new ArrayList<>();
                String vast = null;
                for (MatrixFixture.Huishouden h : f.huishoudens()) {
                    if (!h.actief() && !"GET".equals(methode)) {
                        cellen.add("-");
                        continue;
                    }
                    if (vast != null) {
                        // a path without variables does not depend on the household: measured once
                        cellen.add(vast);
                        continue;
                    }
                    String pad = invullen(patroon, h, f);
                    String cel = cel(methode, pad, wie);
                    if (!patroon.contains("{")) {
                        vast = cel;
                    }
                    if (cel.startsWith("5")) {
                        fouten.add(endpoint + " als " + rol + " op " + pad + ": " + cel);
                    }
                    if (cel.contains("DUBBEL")) {
                        fouten.add(endpoint + " als " + rol + " logt een persoon twee keer: " + cel);
                    }
                    cellen.add(cel);
                }
                gemeten.put(endpoint + "\t" + rol, String.join("\t", cellen));
            }
        }
        if (Boolean.getBoolean("wegwijs.matrix.vastleggen")) {
            schrijf(gemeten);
        }
        Map<String, String> besloten = lees();
        Set<String> zonderBesluit = new TreeSet<>();
        for (Map.Entry<String, String> e : gemeten.entrySet()) {
            String verwacht = besloten.get(e.getKey());
            if (verwacht == null) {
                zonderBesluit.add(e.getKey().substring(0, e.getKey().indexOf('\t')));
            }
            else if (!verwacht.equals(e.getValue())) {
                fouten.add(e.getKey().replace('\t', ' ') + ": besloten [" + verwacht.replace('\t', ' ')
                        + "], gemeten [" + e.getValue().replace('\t', ' ') + "]");
            }
        }
        Set<String> verdwenen = new TreeSet<>(besloten.keySet());
        verdwenen.removeAll(gemeten.keySet());
        assertThat(zonderBesluit).as("endpoints without an access decision in " + BESTAND
                + ": add their rows (see the class comment)").isEmpty();
        assertThat(verdwenen).as("decisions for endpoints that no longer exist").isEmpty();
        assertThat(fouten).as("cells that differ from the decision, 5xx answers or double log rows").isEmpty();
    }

    /** All mapped endpoints as "METHOD /pattern", sorted. */
    private Set<String> endpoints() {
        Set<String> alle = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methoden = info.getMethodsCondition().getMethods();
            for (String patroon : info.getPatternValues()) {
                if (BUITEN.contains(patroon) || patroon.startsWith("/webjars") || patroon.startsWith("/swagger")) {
                    continue;
                }
                if (methoden.isEmpty()) {
                    alle.add("GET " + patroon);
                }
                methoden.forEach(m -> alle.add(m.name() + " " + patroon));
            }
        }
        return alle;
    }

    /** Fills each path variable from the fixture, by the path segment before it (e.g. huishoudens/{id}). */
    static String invullen(String patroon, MatrixFixture.Huishouden h, MatrixFixture.Wereld f) {
        Matcher m = VARIABELE.matcher(patroon);
        StringBuilder pad = new StringBuilder();
        while (m.find()) {
            String voor = patroon.substring(0, m.start());
            String[] delen = voor.split("/");
            String segment = delen.length == 0 ? "" : delen[delen.length - 1];
            m.appendReplacement(pad, Matcher.quoteReplacement(waarde(segment, m.group(1), h, f)));
        }
        m.appendTail(pad);
        return pad.toString();
    }

    private static String waarde(String segment, String variabele, MatrixFixture.Huishouden h,
            MatrixFixture.Wereld f) {
        if (variabele.startsWith("actie:")) {
            return "omhoog";
        }
        Object v = switch (segment) {
            case "huishoudens" -> h.huishouden();
            case "personen", "deelnemers", "intake", "brede-intakes", "pip" -> h.persoon();
            case "trajecten" -> h.traject();
            case "toewijzingen" -> h.toewijzing();
            case "contactmomenten" -> h.contactmoment();
            case "brieven" -> h.brief();
            case "signalen" -> h.signaal();
            case "acties" -> h.actie();
            case "berichten" -> h.bericht();
            case "items", "checklist-items" -> variabele.equals("code") ? "ONBEKEND" : h.checklistItem();
            case "groepsbijeenkomsten" -> h.groepsbijeenkomst();
            case "toestemmingen" -> h.toestemming();
            case "contracten", "contactnormen", "afsluiting-instellingen" -> f.w().contract().id();
            case "gemeenten" -> f.w().gemeente().id();
            case "uitvoerders" -> f.w().uitvoerder().id();
            case "teams" -> f.w().teamA().id();
            case "medewerkers" -> f.w().als(Rol.VRIJWILLIGER).id();
            case "doelen" -> h.doel();
            case "fasen", "piezo-fasen" -> h.fase();
            case "plaatsingen" -> h.plaatsing();
            case "vaste-lasten" -> h.last();
            case "coachgesprekken" -> h.gesprek();
            case "maanden" -> h.maand();
            case "verzoeken" -> h.verzoek();
            case "agendapunten", "punten" -> h.punt();
            case "afspraken" -> h.afspraak();
            case "overleg", "overleggen" -> f.overleg();
            case "reeksen" -> f.reeks();
            case "notificaties" -> f.notificatie();
            case "metingen" -> h.meting();
            case "begeleidingsplan" -> h.planactie();
            case "instrumenten" -> "7a0b0000-0000-4000-8000-000000000001"; // the seeded VluchtelingenWerk instrument
            default -> null;
        };
        return v == null ? UUID.nameUUIDFromBytes(variabele.getBytes(StandardCharsets.UTF_8)).toString()
                : v.toString();
    }

    /** One request in a transaction that is rolled back: its status, the notice and the log rows it wrote. */
    private String cel(String methode, String pad, Medewerker wie) {
        return tx.execute(s -> {
            s.setRollbackOnly();
            try {
                // our own W3C trace id, so the log rows of exactly this request can be counted, also those a
                // service writes in a transaction of its own
                UUID trace = UUID.randomUUID();
                String hex = trace.toString().replace("-", "");
                MockHttpServletRequestBuilder verzoek = request(HttpMethod.valueOf(methode), pad)
                    .header("traceparent", "00-" + hex + "-00f067aa0ba902b7-01")
                    .with(TestData.als(wie));
                if (!"GET".equals(methode)) {
                    verzoek = verzoek.with(csrf());
                    if (pad.startsWith("/api/")) {
                        verzoek = verzoek.contentType(methode.equals("PATCH") ? MediaType.valueOf(
                                "application/merge-patch+json") : MediaType.APPLICATION_JSON).content("{}");
                    }
                }
                MockHttpServletResponse r = mvc.perform(verzoek).andReturn().getResponse();
                long[] log = logRegels(trace);
                String cel = Integer.toString(r.getStatus());
                if (r.getStatus() == 200 && r.getContentAsString().contains("wegwijs-toestemming-nodig")) {
                    cel += "+T";
                }
                if (log[0] > 0) {
                    cel += " L" + log[0];
                }
                if (log[0] != log[1]) {
                    cel += " DUBBEL";
                }
                return cel;
            }
            catch (Exception e) {
                return "500 " + e.getClass().getSimpleName();
            }
        });
    }

    /** The read rows this request wrote (by its trace id), and how many distinct persons they name. */
    private long[] logRegels(UUID trace) {
        return jdbc.sql("select count(*), count(distinct betrokkene_id) from verwerking "
                + "where trace_id = ? and actie = 'LEZEN' and tijdstip > now() - interval '1 day'")
            .param(trace).query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
    }

    private static Map<String, String> lees() throws IOException {
        Map<String, String> besloten = new LinkedHashMap<>();
        if (!Files.exists(BESTAND)) {
            return besloten;
        }
        for (String regel : Files.readAllLines(BESTAND, StandardCharsets.UTF_8)) {
            if (regel.isBlank() || regel.startsWith("#")) {
                continue;
            }
            String[] delen = regel.split("\t", 3);
            besloten.put(delen[0] + "\t" + delen[1], delen[2]);
        }
        return besloten;
    }

    private static void schrijf(Map<String, String> gemeten) throws IOException {
        StringBuilder s = new StringBuilder("""
                # The access matrix (see ToegangsmatrixTests): endpoint, role, then per household: active without
                # consent, active with consent, handed over without consent, handed over with consent (reads only).
                # A cell: HTTP status, +T when the "toestemming nodig" notice shows, L<n> the read rows logged.
                """);
        gemeten.forEach((k, v) -> s.append(k).append('\t').append(v).append('\n'));
        Files.writeString(BESTAND, s.toString(), StandardCharsets.UTF_8);
    }
}
