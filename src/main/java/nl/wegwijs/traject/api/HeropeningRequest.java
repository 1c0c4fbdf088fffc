package nl.wegwijs.traject.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Reopens a closed trajectory (teamleider, within the period after its end date), with the reason why. */
record HeropeningRequest(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotBlank(message = "{traject.heropenen.reden}")
        @Size(max = 2000, message = "{api.tekst.te-lang}") @Nullable String reden) {
}
