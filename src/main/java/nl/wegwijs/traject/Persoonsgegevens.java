package nl.wegwijs.traject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * What one module holds about one person, for the person's inzage report (right of access, AVG art. 15): declared
 * here, implemented by each module that keeps personal data (a new class beside its own repositories), so the report
 * gathers everything without one module reading another's tables. Collected by {@link InzagerapportService}, which
 * decides who may produce the report and logs it; an implementation reads without scope and without logging, and
 * reads at most a few statements whatever the amount of data.
 * <p>
 * Names ({@code naam}) are stable identifiers for the JSON export; titles and labels are message codes of the
 * module's bundle. A value is a {@link String}, a number, a {@link Boolean}, a {@link java.time.LocalDate}, an
 * {@link java.time.Instant}, a {@link Code} or null.
 */
public interface Persoonsgegevens {

    /** Position in the report: lower first. The person and household sit at 0, the trajectory at 10. */
    int volgorde();

    /** What this module holds about the person (of this household); an empty section when it holds nothing. */
    Onderdeel gegevens(UUID persoonId, HuishoudenId huishouden);

    /** A titled section of the report: labelled values and tables. */
    record Onderdeel(String naam, String titel, List<Veld> velden, List<Tabel> tabellen) {

        public Onderdeel {
            velden = List.copyOf(velden);
            tabellen = List.copyOf(tabellen);
        }

        public boolean isLeeg() {
            return velden.isEmpty() && tabellen.stream().allMatch(t -> t.rijen().isEmpty());
        }
    }

    /** One labelled value. */
    record Veld(String naam, String label, @Nullable Object waarde) {
    }

    /** A table: columns (name and label) and rows (column name to value, in column order). */
    record Tabel(String naam, String titel, List<Kolom> kolommen, List<Map<String, @Nullable Object>> rijen) {

        public Tabel {
            kolommen = List.copyOf(kolommen);
            rijen = List.copyOf(rijen);
        }
    }

    /** A column of a {@link Tabel}. */
    record Kolom(String naam, String label) {
    }

    /**
     * A coded value (an enum constant): {@code waarde} in the JSON export, the message {@code code} (falling back to
     * the value) in the readable report.
     */
    record Code(String code, String waarde) {

        /** The code {@code prefix + "." + waarde}, or null for a null value. */
        public static @Nullable Code van(String prefix, @Nullable Object waarde) {
            if (waarde == null) {
                return null;
            }
            String w = waarde instanceof Enum<?> e ? e.name() : waarde.toString();
            return new Code(prefix + "." + w, w);
        }
    }

    /** Builds a row: alternating column names and values. */
    static Map<String, @Nullable Object> rij(@Nullable Object... namenEnWaarden) {
        Map<String, @Nullable Object> rij = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namenEnWaarden.length; i += 2) {
            rij.put(String.valueOf(namenEnWaarden[i]), namenEnWaarden[i + 1]);
        }
        return rij;
    }
}
