package nl.wegwijs.contact.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Changes a contact, at the version the client last read. */
@Schema(description = "Nieuwe gegevens van een contact, bij de versie die u het laatst las")
record ContactmomentWijziging(
        @Schema(description = "de versie die u het laatst "
                + "las", example = "2", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "alle gegevens van het contact zoals ze moeten worden",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{contact.api.contactmoment.leeg}") @Valid @Nullable ContactmomentRequest contactmoment) {
}
