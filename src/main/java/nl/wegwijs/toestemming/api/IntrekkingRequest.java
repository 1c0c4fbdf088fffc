package nl.wegwijs.toestemming.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Revoking a consent at the version last read, with the reason. */
@Schema(description = "Een toestemming intrekken, met de reden")
record IntrekkingRequest(
        @Schema(description = "de versie die u het laatst "
                + "las", example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
        @Schema(description = "waarom", example = "Mevrouw Ahmadi wil haar gezondheidsgegevens niet meer "
                + "delen.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{toestemming.intrekken.reden}") @Nullable String reden) {
}
