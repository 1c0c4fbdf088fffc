package nl.wegwijs.checklist;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A change to a household's checklist item: the whole new state of its changeable fields. Who did it and the date are
 * kept only when the item is geregeld (the date defaults to today); a reason only when it is niet van toepassing. An
 * empty due date hands it back to the rules.
 */
public record ItemWijziging(ItemStatus status, @Nullable WieDeedHet wie, @Nullable LocalDate datum,
        @Nullable LocalDate deadline, @Nullable String notitie, @Nullable String redenNietVanToepassing) {

    /** The item's current state as a change, to apply a partial change (a merge patch) to. */
    public static ItemWijziging van(ChecklistItem i) {
        return new ItemWijziging(i.status(), i.wie(), i.datum(), i.deadline(), i.notitie(),
                i.redenNietVanToepassing());
    }

    /** Ticked off as geregeld today by {@code wie}; due date and note stay. */
    static ItemWijziging afgevinkt(ChecklistItem i, WieDeedHet wie, LocalDate vandaag) {
        return new ItemWijziging(ItemStatus.GEREGELD, wie, vandaag, i.deadline(), i.notitie(), null);
    }

    ItemWijziging metNotitie(@Nullable String tekst) {
        return new ItemWijziging(status, wie, datum, deadline, tekst, redenNietVanToepassing);
    }
}
