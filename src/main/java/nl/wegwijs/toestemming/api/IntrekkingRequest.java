package nl.wegwijs.toestemming.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Revoking a consent at the version last read, with the reason. */
record IntrekkingRequest(@NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
        @NotBlank(message = "{toestemming.intrekken.reden}") @Nullable String reden) {
}
