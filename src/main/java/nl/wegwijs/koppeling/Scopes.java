package nl.wegwijs.koppeling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The scopes of an API client: read ({@code <onderdeel>.lezen}) and write ({@code <onderdeel>.schrijven}) per part
 * of the API. The part follows from the path under {@code /api/v1/}: its first segment, or for a household's
 * sub-resources ({@code /huishoudens/{id}/<deel>}) that segment. GET and HEAD need {@code .lezen}, every other method
 * {@code .schrijven}. A path of no part (none is listed here) needs a scope nobody has: it is refused. The mapping is
 * documented in {@code docs/api-clients.md}.
 */
public final class Scopes {

    public static final String LEZEN = ".lezen";
    public static final String SCHRIJVEN = ".schrijven";

    /** Path segment (after {@code /api/v1/}, or after {@code /huishoudens/{id}/}) → part of the API. */
    private static final Map<String, String> ONDERDELEN = new LinkedHashMap<>();

    static {
        onderdeel("huishoudens", "huishoudens", "personen");
        onderdeel("trajecten", "trajecten", "toewijzingen");
        onderdeel("checklist", "checklist-items", "checklist");
        onderdeel("contact", "contactmomenten", "groepsbijeenkomsten", "uren");
        onderdeel("brieven", "brieven");
        onderdeel("signalen", "signalen");
        onderdeel("toestemmingen", "toestemmingen");
        onderdeel("intake", "brede-intakes");
        onderdeel("pip", "pip");
        onderdeel("participatie", "piezo-fasen", "plaatsingen");
        onderdeel("ontzorgen", "ontzorgen");
        onderdeel("overleggen", "overleggen");
        onderdeel("verzoeken", "verzoeken");
        onderdeel("werklijst", "werklijst");
        onderdeel("verwerkingslog", "verwerkingslog", "verwerkingen");
        onderdeel("regie", "regie");
        onderdeel("notificaties", "notificaties");
        onderdeel("privacy", "privacy", "doorbraken");
        onderdeel("verhuizing", "verhuisdossier", "verhuizingen");
        onderdeel("zelfredzaamheid", "zelfredzaamheid");
        onderdeel("socialekaart", "diensten", "wachttijden");
        onderdeel("verwijzingen", "verwijzingen");
        onderdeel("afsluiting", "afsluiting", "overdracht", "overdrachten", "afsluiting-instellingen");
        onderdeel("route", "route");
        onderdeel("tevredenheid", "tevredenheid");
        onderdeel("beheer", "organisaties", "gemeenten", "uitvoerders", "teams", "contracten", "regimes",
                "voorwaarden", "medewerkers", "checklist-sjablonen", "contactnormen", "taakstellingen",
                "tweestap-verplichtingen");
    }

    private static void onderdeel(String naam, String... segmenten) {
        for (String s : segmenten) {
            ONDERDELEN.put(s, naam);
        }
    }

    private Scopes() {
    }

    /** Every part, in a stable order. */
    public static List<String> onderdelen() {
        return ONDERDELEN.values().stream().distinct().toList();
    }

    /** Every scope there is: per part read, then write. */
    public static List<String> alle() {
        List<String> alle = new ArrayList<>();
        for (String o : onderdelen()) {
            alle.add(o + LEZEN);
            alle.add(o + SCHRIJVEN);
        }
        return alle;
    }

    public static boolean bestaat(String scope) {
        return alle().contains(scope);
    }

    /** The part of the API a path belongs to, or empty when it is no (known) part. */
    static Optional<String> onderdeel(String pad) {
        if (!pad.startsWith("/api/v1/")) {
            return Optional.empty();
        }
        String[] delen = pad.substring("/api/v1/".length()).split("/");
        if (delen.length == 0 || delen[0].isEmpty()) {
            return Optional.empty();
        }
        if (delen[0].equals("huishoudens") && delen.length >= 3) {
            return Optional.ofNullable(ONDERDELEN.get(delen[2]));
        }
        return Optional.ofNullable(ONDERDELEN.get(delen[0]));
    }

    /** The scope a request needs: {@code .lezen} for GET and HEAD, {@code .schrijven} otherwise; null for no part. */
    static @Nullable String nodig(String methode, String pad) {
        boolean lezen = methode.equals("GET") || methode.equals("HEAD");
        return onderdeel(pad).map(o -> o + (lezen ? LEZEN : SCHRIJVEN)).orElse(null);
    }

    /** Whether these granted scopes allow the request. */
    static boolean toegestaan(Set<String> scopes, String methode, String pad) {
        String nodig = nodig(methode, pad);
        return nodig != null && scopes.contains(nodig);
    }
}
