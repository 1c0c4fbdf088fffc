package nl.wegwijs.benchmark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import io.gatling.javaapi.core.Session;

/**
 * The logged-in medewerkers of one run, shared between the login phase and the load phases (a load phase's virtual
 * user borrows the session cookie of a logged-in medewerker for one request). Each keeps what they saw on their own
 * worklist: their households, names to search for, the link to their next page, their trajectories.
 */
final class Sessies {

    /** One logged-in medewerker and their own caseload. */
    record Sessie(String gebruikersnaam, String rol, String cookie, List<String> huishoudens, List<String> zoektermen,
            String volgende, List<String> trajecten) {

        Map<String, Object> alsAttributen() {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            return Map.of("gebruiker", gebruikersnaam, "rol", rol, "sessie", cookie,
                    "huishouden", huishoudens.isEmpty() ? "" : huishoudens.get(r.nextInt(huishoudens.size())),
                    "zoek", zoektermen.isEmpty() ? "" : zoektermen.get(r.nextInt(zoektermen.size())),
                    "volgende", volgende,
                    "traject", trajecten.isEmpty() ? "" : trajecten.get(r.nextInt(trajecten.size())));
        }

        /** What a user types in the search box: the first letters of the surname ("Haddad, Samira": "hadda"). */
        static String zoekterm(String naam) {
            StringBuilder b = new StringBuilder();
            naam.codePoints().takeWhile(Character::isLetter).limit(5).forEach(b::appendCodePoint);
            return b.length() >= 3 ? b.toString().toLowerCase(java.util.Locale.ROOT) : "";
        }
    }

    private static final List<Sessie> ALLE = new CopyOnWriteArrayList<>();

    private Sessies() {
    }

    /** Keeps what the login chain saved in the Gatling session. */
    static Session bewaar(Session s) {
        if (s.isFailed() || !s.contains("sessie")) {
            System.err.println("Inloggen mislukt: " + s.getString("gebruiker"));
            return s;
        }
        String volgende = s.contains("volgendeTeam") ? s.getString("volgendeTeam")
                : s.contains("volgendeEigen") ? s.getString("volgendeEigen") : "";
        List<String> zoektermen = lijst(s, "namen").stream().map(Sessie::zoekterm).filter(z -> !z.isEmpty())
            .toList();
        ALLE.add(new Sessie(s.getString("gebruiker"), s.getString("rol"), s.getString("sessie"),
                lijst(s, "huishoudens"), zoektermen, volgende.replace("&amp;", "&"), lijst(s, "trajecten")));
        return s;
    }

    private static List<String> lijst(Session s, String naam) {
        return s.contains(naam) ? new ArrayList<>(s.<String>getList(naam)) : List.of();
    }

    static int aantal() {
        return ALLE.size();
    }

    static String overzicht() {
        Map<String, Long> perRol = new java.util.TreeMap<>();
        ALLE.forEach(s -> perRol.merge(s.rol(), 1L, Long::sum));
        return perRol.toString();
    }

    /**
     * An endless feeder of random logged-in medewerkers that can make this request (e.g. only those with a next page
     * for the keyset request). Read lazily: the list fills during the login phase, after the simulation is built.
     */
    static Iterator<Map<String, Object>> feeder(Predicate<Sessie> kan) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Map<String, Object> next() {
                List<Sessie> kandidaten = ALLE.stream().filter(kan).toList();
                if (kandidaten.isEmpty()) {
                    throw new IllegalStateException("Geen ingelogde medewerker voor dit verzoek");
                }
                return kandidaten.get(ThreadLocalRandom.current().nextInt(kandidaten.size())).alsAttributen();
            }
        };
    }
}
