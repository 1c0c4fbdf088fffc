package nl.wegwijs.benchmark;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.function.Function;
import java.util.function.Predicate;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The request types of the benchmark, with their share of the mixed scenario. Each is made by a random logged-in
 * medewerker who can make it, on their own caseload: the worklist (first page, a filtered page and a search as the
 * htmx filter form sends them, a later page by its keyset link), the household file, and the JSON API.
 */
enum Verzoek {

    WERKLIJST("werklijst eerste pagina", 20, s -> true, s -> "/werklijst", false),
    WERKLIJST_GEFILTERD("werklijst gefilterd", 10, s -> true, s -> "/werklijst?status=ACTIEF", true),
    WERKLIJST_VOLGENDE("werklijst volgende pagina", 10, s -> !s.volgende().isEmpty(),
            s -> s.getString("volgende"), false),
    ZOEKEN("zoeken op naam", 10, s -> !s.zoektermen().isEmpty(), s -> "/werklijst?zoek=" + s.getString("zoek"), true),
    DOSSIER("huishouddossier", 20, s -> !s.huishoudens().isEmpty(), s -> "/huishoudens/" + s.getString("huishouden"),
            false),
    API_HUISHOUDENS("api huishoudens lijst", 7.5, s -> true, s -> "/api/v1/huishoudens?aantal=25", false),
    API_HUISHOUDEN("api huishouden detail", 7.5, s -> !s.huishoudens().isEmpty(),
            s -> "/api/v1/huishoudens/" + s.getString("huishouden"), false),
    API_TRAJECTEN("api trajecten lijst", 7.5, s -> true, s -> "/api/v1/trajecten?aantal=25", false),
    API_TRAJECT("api traject detail", 7.5, s -> !s.trajecten().isEmpty(),
            s -> "/api/v1/trajecten/" + s.getString("traject"), false);

    final String naam;
    final double aandeel;
    private final Predicate<Sessies.Sessie> kan;
    private final Function<Session, String> pad;
    private final boolean htmx;

    Verzoek(String naam, double aandeel, Predicate<Sessies.Sessie> kan, Function<Session, String> pad,
            boolean htmx) {
        this.naam = naam;
        this.aandeel = aandeel;
        this.kan = kan;
        this.pad = pad;
        this.htmx = htmx;
    }

    /** One request as a random medewerker who can make it; {@code fase} prefixes the name in the report. */
    ChainBuilder alsWillekeurigeGebruiker(String fase) {
        return feed(Sessies.feeder(kan))
            .exec(addCookie(Cookie("SESSION", "#{sessie}").withDomain("localhost").withPath("/")))
            .exec(verzoek(fase));
    }

    private HttpRequestActionBuilder verzoek(String fase) {
        HttpRequestActionBuilder r = http(fase + ": " + naam).get(pad).check(status().is(200));
        return htmx ? r.header("HX-Request", "true") : r;
    }

    static ChainBuilder niets() {
        return exec(s -> s);
    }
}
