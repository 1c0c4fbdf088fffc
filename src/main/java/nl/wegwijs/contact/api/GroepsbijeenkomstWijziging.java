package nl.wegwijs.contact.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Changes a group session, at the version the client last read. */
@Schema(description = "Nieuwe gegevens van een groepsbijeenkomst, bij de versie die u het laatst las")
record GroepsbijeenkomstWijziging(
        @Schema(description = "de versie die u het laatst "
                + "las", example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "alle gegevens van de bijeenkomst zoals ze moeten worden",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{contact.api.groepsbijeenkomst.leeg}")
                @Valid @Nullable GroepsbijeenkomstRequest groepsbijeenkomst) {
}
