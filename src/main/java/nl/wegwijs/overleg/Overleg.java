package nl.wegwijs.overleg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One meeting of a series on a date; {@code agendaGemaaktOp} when its agenda was last generated. */
public record Overleg(UUID id, UUID reeksId, LocalDate datum, @Nullable Instant agendaGemaaktOp, long versie) {

    /** Before today: its minutes are written, no new cases are put forward. */
    public boolean voorbij(LocalDate vandaag) {
        return datum.isBefore(vandaag);
    }
}
