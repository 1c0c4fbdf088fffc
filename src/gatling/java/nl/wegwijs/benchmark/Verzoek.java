package nl.wegwijs.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The request types of the benchmark, with their share of the mixed scenario. Each is made by a random logged-in
 * medewerker who can make it, on their own caseload: the worklist (first page, a filtered page and a search as the
 * htmx filter form sends them, a later page by its keyset link), the household file, the JSON API, and the two writes
 * of daily guidance: ticking a checklist item with one tap (after opening the household's checklist, whose request
 * counts as {@link #CHECKLIST}) and logging a contact (after opening its form, {@link #CONTACTFORMULIER}). Only
 * vrijwilligers and begeleiders write, on households of their own worklist.
 */
enum Verzoek {

    WERKLIJST("werklijst eerste pagina", 15, s -> true, s -> "/werklijst", false),
    WERKLIJST_GEFILTERD("werklijst gefilterd", 9, s -> true, s -> "/werklijst?status=ACTIEF", true),
    WERKLIJST_VOLGENDE("werklijst volgende pagina", 9, s -> !s.volgende().isEmpty(),
            s -> s.getString("volgende"), false),
    ZOEKEN("zoeken op naam", 9, s -> !s.zoektermen().isEmpty(), s -> "/werklijst?zoek=" + s.getString("zoek"), true),
    DOSSIER("huishouddossier", 18, s -> !s.huishoudens().isEmpty(), s -> "/huishoudens/" + s.getString("huishouden"),
            false),
    API_HUISHOUDENS("api huishoudens lijst", 6, s -> true, s -> "/api/v1/huishoudens?aantal=25", false),
    API_HUISHOUDEN("api huishouden detail", 6, s -> !s.huishoudens().isEmpty(),
            s -> "/api/v1/huishoudens/" + s.getString("huishouden"), false),
    API_TRAJECTEN("api trajecten lijst", 6, s -> true, s -> "/api/v1/trajecten?aantal=25", false),
    API_TRAJECT("api traject detail", 6, s -> !s.trajecten().isEmpty(),
            s -> "/api/v1/trajecten/" + s.getString("traject"), false),
    /** The regievoerder's overview of their gemeente (issue 19), and the households behind one figure. */
    REGIE("regie overzicht", 2, s -> "REGIEVOERDER".equals(s.rol()), s -> "/regie", false),
    REGIE_LIJST("regie lijst pip verlopen", 1, s -> "REGIEVOERDER".equals(s.rol()),
            s -> "/regie/huishoudens?cijfer=pip-verlopen", false),
    CHECKLIST("checklist", 5, Verzoek::schrijft, s -> "/huishoudens/" + s.getString("huishouden") + "/checklist",
            false),
    AFVINKEN("item afvinken", 3, Verzoek::schrijft, s -> "/huishoudens/" + s.getString("huishouden") + "/checklist", false) {
        /** Opens the checklist (a {@link #CHECKLIST} request), then taps "Samen" on its first open item, by htmx. */
        @Override
        ChainBuilder keten(String fase) {
            return exec(CHECKLIST.get(fase).check(
                    css("form.wegwijs-afvinken", "action").optional().saveAs("afvinken"),
                    css("form.wegwijs-afvinken input[name='versie']", "value").optional().saveAs("versie"),
                    css("form.wegwijs-afvinken input[name='_csrf']", "value").optional().saveAs("csrf")))
                .exec(doIf(s -> s.contains("afvinken")).then(exec(http(fase + ": " + naam).post("#{afvinken}")
                    .header("HX-Request", "true")
                    .formParam("versie", "#{versie}").formParam("wie", "SAMEN").formParam("bron", "checklist")
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200), substring("Opgeslagen.")))))
                .exec(s -> s.removeAll("afvinken", "versie", "csrf"));
        }
    },
    CONTACTFORMULIER("contactformulier", 2, Verzoek::schrijft,
            s -> "/huishoudens/" + s.getString("huishouden") + "/contactmomenten/nieuw", false),
    CONTACT("contact vastleggen", 3, Verzoek::schrijft,
            s -> "/huishoudens/" + s.getString("huishouden") + "/contactmomenten/nieuw", false) {
        /**
         * Opens the form (a {@link #CONTACTFORMULIER} request), then posts a home visit of today with whom the form
         * proposes (the household's members and the guide).
         */
        @Override
        ChainBuilder keten(String fase) {
            return exec(CONTACTFORMULIER.get(fase).check(
                    css("form input[name='_csrf']", "value").saveAs("csrf"),
                    css("input[name='personen'][checked]", "value").findAll().optional().saveAs("personen"),
                    css("input[name='medewerkers'][checked]", "value").findAll().optional().saveAs("medewerkers")))
                .exec(http(fase + ": " + naam).post("/huishoudens/#{huishouden}/contactmomenten")
                    .formParam("datum", s -> LocalDate.now().toString())
                    .formParam("minuten", "45").formParam("soort", "HUISBEZOEK")
                    .formParam("themas", "FINANCIEN_ADMINISTRATIE").formParam("tolk", "GEEN")
                    .formParam("afspraken", "Brief van de Belastingdienst samen doorgenomen")
                    .multivaluedFormParam("personen", s -> aangevinkt(s, "personen"))
                    .multivaluedFormParam("medewerkers", s -> aangevinkt(s, "medewerkers"))
                    .formParam("versie", "0").formParam("_csrf", "#{csrf}")
                    .check(status().is(302),
                            header("Location").transform(l -> l.matches(".*/huishoudens/[0-9a-f-]{36}")).is(true)))
                .exec(s -> s.removeAll("csrf", "personen", "medewerkers"));
        }
    };

    private static final Set<String> SCHRIJVERS = Set.of("VRIJWILLIGER", "BEGELEIDER");

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
            .exec(keten(fase));
    }

    /** What the request type sends: one GET, except for the writes, which first open their page. */
    ChainBuilder keten(String fase) {
        return exec(get(fase));
    }

    private HttpRequestActionBuilder get(String fase) {
        HttpRequestActionBuilder r = http(fase + ": " + naam).get(pad).check(status().is(200));
        return htmx ? r.header("HX-Request", "true") : r;
    }

    private static java.util.List<Object> aangevinkt(Session s, String naam) {
        return s.contains(naam) ? s.getList(naam) : java.util.List.of();
    }

    /** A vrijwilliger or begeleider with households on their worklist: they guide, so they write. */
    private static boolean schrijft(Sessies.Sessie s) {
        return SCHRIJVERS.contains(s.rol()) && !s.huishoudens().isEmpty();
    }

    static ChainBuilder niets() {
        return exec(s -> s);
    }
}
