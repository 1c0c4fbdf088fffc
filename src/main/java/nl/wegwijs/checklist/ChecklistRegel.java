package nl.wegwijs.checklist;

import org.jspecify.annotations.Nullable;

/**
 * A checklist item as a screen shows it: with the name of the person it is for and of who recorded it.
 *
 * @param item as the reader may see it (without a note they may not see)
 * @param notitieVerborgen the item has a note the reader may not see (see {@link ChecklistItem#notitieZichtbaar})
 */
public record ChecklistRegel(ChecklistItem item, @Nullable String persoon, @Nullable String vastgelegdDoor,
        boolean notitieVerborgen) {
}
