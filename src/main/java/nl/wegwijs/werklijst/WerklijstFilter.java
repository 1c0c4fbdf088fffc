package nl.wegwijs.werklijst;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the user asked for: the view ({@code mijn} or {@code team}), filters, a search on name, what needs attention
 * ({@code te-laat}: the next thing is past, {@code binnenkort}: due within a week, {@code signalen}, {@code zonder-contact}: the
 * contact norm exceeded), and the keyset position after which the page starts. The API adds a team, a medewerker
 * assigned, and a period for the date of what is next ({@code vanaf} to {@code tot}, both inclusive); each narrows
 * the role's scope, never widens it.
 */
public record WerklijstFilter(@Nullable String weergave, @Nullable UUID gemeente, @Nullable UUID uitvoerder,
        @Nullable String fase, @Nullable String status, @Nullable String zoek, @Nullable String aandacht,
        @Nullable LocalDate naUrgentie, @Nullable UUID naTraject, @Nullable UUID team, @Nullable UUID medewerker,
        @Nullable LocalDate vanaf, @Nullable LocalDate tot) {

    /** The filters of the worklist page (no team, medewerker or period). */
    public WerklijstFilter(@Nullable String weergave, @Nullable UUID gemeente, @Nullable UUID uitvoerder,
            @Nullable String fase, @Nullable String status, @Nullable String zoek, @Nullable String aandacht,
            @Nullable LocalDate naUrgentie, @Nullable UUID naTraject) {
        this(weergave, gemeente, uitvoerder, fase, status, zoek, aandacht, naUrgentie, naTraject, null, null, null,
                null);
    }

    public static final java.util.List<String> AANDACHT = java.util.List.of("te-laat", "binnenkort", "signalen", "zonder-contact",
            "zelfredzaamheid");

    public static WerklijstFilter leeg() {
        return new WerklijstFilter(null, null, null, null, null, null, null, null, null);
    }

    public static WerklijstFilter weergave(String weergave) {
        return new WerklijstFilter(weergave, null, null, null, null, null, null, null, null);
    }

    public boolean mijn() {
        return "mijn".equals(weergave);
    }
}
