package nl.wegwijs.checklist;

import org.jspecify.annotations.Nullable;

/** A checklist item as a screen shows it: with the name of the person it is for and of who recorded it. */
public record ChecklistRegel(ChecklistItem item, @Nullable String persoon, @Nullable String vastgelegdDoor) {
}
