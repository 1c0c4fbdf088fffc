package nl.wegwijs.traject.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Extends guidance by whole months, within the contract's maximum (422 above it). */
record VerlengingRequest(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{api.verlenging.maanden.leeg}")
        @Positive(message = "{api.verlenging.maanden.positief}") @Nullable Integer maanden,
        @NotBlank(message = "{api.verlenging.reden.leeg}")
        @Size(max = 2000, message = "{api.tekst.te-lang}") @Nullable String reden) {
}
