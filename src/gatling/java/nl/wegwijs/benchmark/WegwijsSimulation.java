package nl.wegwijs.benchmark;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The load benchmark of docs/benchmarks.md, in phases one after the other, each request named after its phase:
 * <ol>
 * <li>{@code inloggen}: every medewerker of {@code benchmark.gebruikers} (CSV {@code gebruikersnaam,rol}) logs in
 * and reads their own worklist, team page and trajectories once (not measured);
 * <li>{@code opwarmen}: the mixed scenario, closed, 8 users, to warm the JIT and the caches (not measured);
 * <li>{@code piek}: national peak, open model, {@code benchmark.piek.rps} (100) mixed requests per second with
 * random (Poisson) arrivals, for {@code benchmark.piek.duur} (120) seconds;
 * <li>{@code ruimte}: headroom, closed model, {@code benchmark.ruimte.gebruikers} (16) users without think time,
 * mixed, {@code benchmark.ruimte.duur} (60) seconds;
 * <li>{@code werklijst}: the same closed model with the worklist's first page only;
 * <li>{@code kalibratie}: one user, {@code benchmark.kalibratie.aantal} (50) requests of each type alone, so that
 * {@code pg_stat_statements} tells which statements, and how many, each request type executes.
 * </ol>
 * {@code benchmark.fasen} chooses phases (default all). Around every measured phase {@link PgStatistiek} resets and
 * saves {@code pg_stat_statements}.
 */
public class WegwijsSimulation extends Simulation {

    static final String WACHTWOORD = System.getProperty("benchmark.wachtwoord", "wegwijs-demo");

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("benchmark.url",
            "http://localhost:8080"))
        .disableWarmUp()
        .disableFollowRedirect()
        .disableCaching()
        .shareConnections()
        .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
        .acceptEncodingHeader("gzip, deflate")
        .acceptLanguageHeader("nl-NL,nl;q=0.9")
        .userAgentHeader("wegwijs-benchmark");

    {
        List<String> fasen = Arrays.asList(System.getProperty("benchmark.fasen",
                "piek,ruimte,werklijst,kalibratie").split(","));
        List<PopulationBuilder> keten = new ArrayList<>();
        List<Map<String, Object>> gebruikers = gebruikers();
        keten.add(inloggen(gebruikers).injectOpen(rampUsers(gebruikers.size()).during(Duration.ofSeconds(
                Math.max(1, gebruikers.size() / 8)))));
        keten.add(meetpunt("ingelogd", () -> System.out.println("Ingelogd: " + Sessies.aantal() + " " + Sessies.overzicht())));
        keten.add(scenario("opwarmen").exec(gemengd("opwarmen"))
            .injectClosed(constantConcurrentUsers(8).during(seconden("benchmark.opwarmen.duur", 30))));
        int ruimte = Integer.getInteger("benchmark.ruimte.gebruikers", 16);
        Duration piek = seconden("benchmark.piek.duur", 120);
        Duration ruimteDuur = seconden("benchmark.ruimte.duur", 60);
        if (fasen.contains("piek")) {
            meting(keten, "piek", piek, scenario("piek").exec(gemengd("piek"))
                .injectOpen(constantUsersPerSec(Integer.getInteger("benchmark.piek.rps", 100)).during(piek)
                    .randomized()));
        }
        if (fasen.contains("ruimte")) {
            meting(keten, "ruimte", ruimteDuur, scenario("ruimte").exec(gemengd("ruimte"))
                .injectClosed(constantConcurrentUsers(ruimte).during(ruimteDuur)));
        }
        if (fasen.contains("werklijst")) {
            meting(keten, "werklijst", ruimteDuur, scenario("werklijst")
                .exec(Verzoek.WERKLIJST.alsWillekeurigeGebruiker("werklijst"))
                .injectClosed(constantConcurrentUsers(ruimte).during(ruimteDuur)));
        }
        if (fasen.contains("kalibratie")) {
            int aantal = Integer.getInteger("benchmark.kalibratie.aantal", 50);
            for (Verzoek v : Verzoek.values()) {
                meting(keten, "kalibratie-" + v.name(), Duration.ZERO, scenario("kalibratie " + v.naam)
                    .exec(repeat(aantal).on(v.alsWillekeurigeGebruiker("kalibratie")))
                    .injectOpen(atOnceUsers(1)));
            }
        }
        PopulationBuilder eerste = keten.get(keten.size() - 1);
        for (int i = keten.size() - 2; i >= 0; i--) {
            eerste = keten.get(i).andThen(eerste);
        }
        setUp(eerste).protocols(protocol).maxDuration(Duration.ofMinutes(30));
    }

    /** Login by the form with its CSRF token, then what the medewerker sees of their own caseload. */
    private static ScenarioBuilder inloggen(List<Map<String, Object>> gebruikers) {
        ChainBuilder werklijst = exec(http("inloggen: werklijst").get("/werklijst").check(status().is(200),
                regex("href=\"/huishoudens/([0-9a-f-]{36})\"").findAll().optional().saveAs("huishoudens"),
                regex("href=\"/huishoudens/[0-9a-f-]{36}\">([^<]+)</a>").findAll().optional().saveAs("namen"),
                regex("href=\"(/werklijst\\?[^\"]*naTraject=[^\"]*)\"").optional().saveAs("volgendeEigen")));
        ChainBuilder team = doIf(s -> "BEGELEIDER".equals(s.getString("rol"))).then(
                exec(http("inloggen: werklijst team").get("/werklijst?weergave=team").check(status().is(200),
                        regex("href=\"(/werklijst\\?[^\"]*naTraject=[^\"]*)\"").optional().saveAs("volgendeTeam"))));
        return scenario("inloggen")
            .exec(feed(listFeeder(gebruikers).queue()))
            .exec(http("inloggen: formulier").get("/login").check(status().is(200),
                    css("input[name='_csrf']", "value").saveAs("csrf")))
            .exec(http("inloggen: versturen").post("/login")
                .formParam("username", "#{gebruiker}").formParam("password", WACHTWOORD)
                .formParam("_csrf", "#{csrf}")
                .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)))
            .exec(getCookieValue(CookieKey("SESSION").saveAs("sessie")))
            .exec(werklijst, team)
            .exec(http("inloggen: trajecten").get("/api/v1/trajecten?aantal=25").check(status().is(200),
                    jsonPath("$.items[*].id").findAll().optional().saveAs("trajecten")))
            .exec(Sessies::bewaar);
    }

    /** The mixed scenario: one request of a type drawn by its share, as a random medewerker who can make it. */
    private static ChainBuilder gemengd(String fase) {
        List<Choice.WithWeight> keuzes = Arrays.stream(Verzoek.values())
            .map(v -> percent(v.aandeel).then(v.alsWillekeurigeGebruiker(fase)))
            .toList();
        return randomSwitch().on(keuzes);
    }

    /** A measured phase: pg_stat_statements reset before it and saved after it. */
    private static void meting(List<PopulationBuilder> keten, String fase, Duration duur,
            PopulationBuilder belasting) {
        keten.add(meetpunt("begin " + fase, PgStatistiek::begin));
        keten.add(belasting);
        keten.add(meetpunt("einde " + fase, () -> PgStatistiek.bewaar(fase, duur.toSeconds())));
    }

    private static PopulationBuilder meetpunt(String naam, Runnable actie) {
        return scenario(naam).exec(s -> {
            actie.run();
            return s;
        }).injectOpen(atOnceUsers(1));
    }

    private static Duration seconden(String eigenschap, int standaard) {
        return Duration.ofSeconds(Integer.getInteger(eigenschap, standaard));
    }

    private static List<Map<String, Object>> gebruikers() {
        Path bestand = Path.of(System.getProperty("benchmark.gebruikers", "target/benchmark/gebruikers.csv"));
        try {
            return Files.readAllLines(bestand).stream()
                .skip(1)
                .filter(r -> !r.isBlank())
                .map(r -> r.split(","))
                .map(k -> Map.<String, Object>of("gebruiker", k[0].strip(), "rol", k[1].strip()))
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Geen gebruikers in " + bestand.toAbsolutePath()
                    + " (benchmark/run.sh maakt dit bestand)", e);
        }
    }
}
