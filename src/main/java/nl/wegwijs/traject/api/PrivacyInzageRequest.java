package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The exact BSN or V-nummer the privacyfunctionaris looks up, in the body. */
@Schema(description = "Een persoon zoeken op het precieze BSN of V-nummer. Het nummer staat in de body, nooit in het "
        + "adres.")
record PrivacyInzageRequest(
        @Schema(description = "het BSN (9 cijfers) of V-nummer (10 cijfers), precies", example = "1234567890",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{api.privacy.inzage.nummer.leeg}")
        @Size(max = 20, message = "{api.privacy.inzage.nummer.lengte}") @Nullable String nummer) {
}
