package nl.wegwijs.traject.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.jspecify.annotations.Nullable;

/** Guidance really began on this day, in the contract's first phase. */
record StartRequest(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{api.traject.start.leeg}")
        @PastOrPresent(message = "{api.datum.toekomst}") @Nullable LocalDate praktischeStart) {
}
