package nl.wegwijs.werklijst;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What is next for a household, and when: the source whose date is the row's sort key ({@code urgentie}). The
 * worklist shows this date in its first column and sorts by it, so what is shown and the order are one and the same.
 *
 * @param soort what is next: a legal deadline ({@code TERMIJN}), an open letter ({@code POST}), an action of an open
 *        signal ({@code SIGNAAL}), an open checklist item ({@code CHECKLIST}), the contact norm ({@code CONTACT}), or
 *        nothing with a date ({@code NIETS}; closed trajectories always)
 * @param termijnSoort the kind of legal deadline when {@code soort} is {@code TERMIJN}
 * @param datum the date of the next thing, equal to the row's {@code urgentie} (null for {@code NIETS})
 * @param aantal how many of that kind are open (letters, checklist items, signals)
 */
public record Volgende(String soort, @Nullable String termijnSoort, @Nullable LocalDate datum, int aantal) {

    /** The next thing is past its date: the only meaning of "te laat" in the worklist, in rows and counts alike. */
    public boolean teLaat(LocalDate vandaag) {
        return datum != null && datum.isBefore(vandaag);
    }

    /** The next thing falls within the coming seven days (today included). */
    public boolean binnenkort(LocalDate vandaag) {
        return datum != null && !datum.isBefore(vandaag) && datum.isBefore(vandaag.plusDays(Werklijst.BINNENKORT_DAGEN));
    }
}
