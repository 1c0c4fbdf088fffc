package nl.wegwijs.bewaren;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A run of the retention job for one gemeente: which households it would anonymise on {@code peildatum} (a dry run),
 * and, once carried out, when, by whom and with what result. Ids, dates and counts only, never names.
 *
 * @param gemaaktDoor null: the scheduled job
 * @param uitgevoerdDoor null while not carried out, or when the job carried it out
 */
public record BewaarRun(UUID id, UUID gemeenteId, String gemeenteNaam, LocalDate peildatum, int termijnMaanden,
        Instant gemaaktOp, @Nullable UUID gemaaktDoor, @Nullable Instant uitgevoerdOp, @Nullable UUID uitgevoerdDoor,
        int aantal, @Nullable Integer geanonimiseerd, @Nullable Integer overgeslagen) {

    private static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

    public boolean uitgevoerd() {
        return uitgevoerdOp != null;
    }

    /** When it was made, on the Amsterdam clock (for display). */
    public java.time.LocalDateTime gemaakt() {
        return java.time.LocalDateTime.ofInstant(gemaaktOp, AMSTERDAM);
    }

    /** When it was carried out, on the Amsterdam clock, or null. */
    public java.time.@Nullable LocalDateTime uitgevoerdLokaal() {
        return uitgevoerdOp == null ? null
                : java.time.LocalDateTime.ofInstant(uitgevoerdOp, AMSTERDAM);
    }

    /** The first eight characters of the id: how the page names a run. */
    public String kort() {
        return id.toString().substring(0, 8);
    }

    /**
     * One household of a run, as it was when the run was made.
     *
     * @param uitkomst null until carried out: {@code GEANONIMISEERD} or {@code OVERGESLAGEN}
     */
    public record Regel(UUID huishoudenId, UUID trajectId, String trajectStatus, LocalDate eindeDatum,
            long trajectVersie, int aantalPersonen, @Nullable String uitkomst) {
    }
}
