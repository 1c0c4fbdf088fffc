package nl.wegwijs.huishouden.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Adds or changes one person, at the household version the client last read. */
@Schema(description = "Een persoon toevoegen of wijzigen, bij de versie van het huishouden die u het laatst las")
record PersoonWijziging(
        @Schema(description = "de versie van het huishouden die u het laatst las", example = "4",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "alle gegevens van de persoon", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.persoon.leeg}") @Valid @Nullable PersoonRequest persoon) {
}
