package nl.wegwijs.checklist;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A checklist item as a screen shows it: with the name of the person it is for and of who recorded it.
 *
 * @param item as the reader may see it (without a note they may not see)
 * @param notitieVerborgen the item has a note the reader may not see (see {@link ChecklistItem#notitieZichtbaar})
 * @param historie the trajectory is closed (afgerond, overgedragen, beëindigd): what is still open is history, never
 *        overdue
 */
public record ChecklistRegel(ChecklistItem item, @Nullable String persoon, @Nullable String vastgelegdDoor,
        boolean notitieVerborgen, boolean historie) {

    public ChecklistRegel(ChecklistItem item, @Nullable String persoon, @Nullable String vastgelegdDoor,
            boolean notitieVerborgen) {
        this(item, persoon, vastgelegdDoor, notitieVerborgen, false);
    }

    /** Still open and past its due date, in a trajectory that still runs. */
    public boolean verlopen(LocalDate vandaag) {
        return !historie && item.isVerlopen(vandaag);
    }

    /** Open with a due date within {@link ChecklistPagina#BINNENKORT} days (overdue included): what is due now. */
    public boolean nu(LocalDate vandaag) {
        return !historie && item.isOpen() && item.deadline() != null
                && item.deadline().isBefore(vandaag.plusDays(ChecklistPagina.BINNENKORT + 1));
    }
}
