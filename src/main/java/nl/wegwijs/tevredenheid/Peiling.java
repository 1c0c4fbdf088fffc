package nl.wegwijs.tevredenheid;

import java.time.LocalDate;

/**
 * The household's due questionnaire: which moment and from which day, with the day it opens (a few weeks before).
 */
public record Peiling(Moment moment, LocalDate op, LocalDate opentOp) {

    /** May be taken on this day (from a few weeks before the moment on). */
    public boolean isOpen(LocalDate vandaag) {
        return !vandaag.isBefore(opentOp);
    }

    public boolean isTeLaat(LocalDate vandaag) {
        return vandaag.isAfter(op.plusWeeks(Tevredenheidsregels.TE_LAAT_NA_WEKEN));
    }
}
