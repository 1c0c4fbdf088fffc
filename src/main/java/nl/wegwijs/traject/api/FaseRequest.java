package nl.wegwijs.traject.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.jspecify.annotations.Nullable;

/** The trajectory moved to a phase of its contract on this day. */
record FaseRequest(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotBlank(message = "{api.traject.fase.leeg}") @Nullable String faseCode,
        @NotNull(message = "{api.traject.fase.vanaf.leeg}")
        @PastOrPresent(message = "{api.datum.toekomst}") @Nullable LocalDate vanaf) {
}
