package nl.wegwijs.checklist;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A change to a household's checklist item. Who did it and the date are kept only when the item is geregeld (the date
 * defaults to today); a reason only when it is niet van toepassing.
 */
public record ItemWijziging(ItemStatus status, @Nullable WieDeedHet wie, @Nullable LocalDate datum,
        @Nullable LocalDate deadline, @Nullable String notitie, @Nullable String redenNietVanToepassing) {
}
