package nl.wegwijs.checklist;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.Inzage;

/**
 * One item as a screen shows it after reading or ticking it, with what the screen needs of the same access decision:
 * whether the reader may record guidance, the checklist's counters (for the out-of-band swap after a tick; none when
 * not asked for) and the {@link Inzage} (for the "toestemming nodig" notice).
 */
public record ItemWeergave(ChecklistRegel regel, @Nullable ChecklistOverzicht overzicht, boolean magBegeleiden,
        Inzage inzage) {
}
