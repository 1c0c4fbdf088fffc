package nl.wegwijs.socialekaart.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Deactivating (or reactivating) a service, with the version last read. */
@Schema(description = "Een dienst deactiveren of weer activeren, met de versie die u het laatst las")
record DienstStandRequest(
        @Schema(description = "de versie die u het laatst las", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{socialekaart.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "false: deactiveren (geen nieuwe verwijzingen; bestaande blijven); true: weer actief",
                example = "false", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{socialekaart.api.actief.leeg}") @Nullable Boolean actief) {
}
