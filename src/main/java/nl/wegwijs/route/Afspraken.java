package nl.wegwijs.route;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The agreements between the guide and the household, structured so the card prints them in every language: when
 * (days, hours) and how (channels, phone number) the guide can be reached, how often they meet, what the household
 * does itself; plus an optional note in the guide's own words (printed as written).
 */
public record Afspraken(Set<Dag> dagen, @Nullable LocalTime van, @Nullable LocalTime tot, Set<Kanaal> kanalen,
        @Nullable String telefoon, @Nullable Ontmoeting ontmoeting, Set<ZelfTaak> zelf, @Nullable String notitie) {

    public static final int TELEFOON_MAX = 30;
    public static final int NOTITIE_MAX = 500;

    public Afspraken {
        dagen = dagen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dagen));
        kanalen = kanalen.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kanalen));
        zelf = zelf.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(zelf));
    }

    /** Nothing agreed yet. */
    public static Afspraken leeg() {
        return new Afspraken(Set.of(), null, null, Set.of(), null, null, Set.of(), null);
    }

    /** The days in week order. */
    public java.util.List<Dag> dagenOpVolgorde() {
        return java.util.Arrays.stream(Dag.values()).filter(dagen::contains).toList();
    }

    public java.util.List<Kanaal> kanalenOpVolgorde() {
        return java.util.Arrays.stream(Kanaal.values()).filter(kanalen::contains).toList();
    }

    public java.util.List<ZelfTaak> zelfOpVolgorde() {
        return java.util.Arrays.stream(ZelfTaak.values()).filter(zelf::contains).toList();
    }

    /** The hours as printed: 09:00. */
    public @Nullable String vanTekst() {
        return van == null ? null : van.toString();
    }

    public @Nullable String totTekst() {
        return tot == null ? null : tot.toString();
    }

    public boolean isLeeg() {
        return dagen.isEmpty() && van == null && kanalen.isEmpty() && telefoon == null && ontmoeting == null
                && zelf.isEmpty() && notitie == null;
    }
}
