package nl.wegwijs.checklist.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.ItemWijziging;
import nl.wegwijs.checklist.WieDeedHet;

/**
 * The new state of a checklist item, at the version the client last read. {@code wieDeedHet} is required when the
 * status is GEREGELD ({@code datum} then defaults to today), {@code redenNietVanToepassing} when it is
 * NIET_VAN_TOEPASSING; both are dropped for other statuses.
 */
record ChecklistItemWijziging(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{checklist.status.leeg}") @Nullable ItemStatus status,
        @Nullable WieDeedHet wieDeedHet,
        @PastOrPresent(message = "{checklist.datum.toekomst}") @Nullable LocalDate datum,
        @Nullable LocalDate deadline,
        @Size(max = 2000, message = "{checklist.notitie.lang}") @Nullable String notitie,
        @Size(max = 500, message = "{checklist.reden.lang}") @Nullable String redenNietVanToepassing) {

    ItemWijziging toWijziging() {
        return new ItemWijziging(java.util.Objects.requireNonNull(status), wieDeedHet, datum, deadline, notitie,
                redenNietVanToepassing);
    }
}
