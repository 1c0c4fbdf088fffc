package nl.wegwijs.overleg;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recurring casuïstiekoverleg of a gemeente (optionally about one uitvoerder's households only): name, frequency in
 * weeks, standing participants.
 */
public record Reeks(UUID id, UUID gemeenteId, @Nullable UUID uitvoerderId, String naam, int frequentieWeken,
        List<Deelnemer> deelnemers, long versie) {

    /** Shortest and longest frequency in weeks. */
    public static final int MIN_WEKEN = 1;
    public static final int MAX_WEKEN = 26;

    /**
     * The date proposed for the next meeting: {@code frequentieWeken} after the last one, moved on by whole periods
     * until it is today or later; today when there was none yet.
     */
    public static LocalDate volgendeDatum(@Nullable LocalDate laatste, int frequentieWeken, LocalDate vandaag) {
        if (laatste == null) {
            return vandaag;
        }
        LocalDate d = laatste.plusWeeks(frequentieWeken);
        while (d.isBefore(vandaag)) {
            d = d.plusWeeks(frequentieWeken);
        }
        return d;
    }

    public LocalDate volgendeDatum(@Nullable LocalDate laatste, LocalDate vandaag) {
        return volgendeDatum(laatste, frequentieWeken, vandaag);
    }
}
