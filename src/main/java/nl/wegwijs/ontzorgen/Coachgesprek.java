package nl.wegwijs.ontzorgen;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A budget coaching session towards paying themselves (eurocoach, budget course): date, status, topic, note. */
public record Coachgesprek(UUID id, LocalDate datum, GesprekStatus status, String onderwerp,
        @Nullable String notitie) {

    public static final int ONDERWERP_MAX = 200;
}
