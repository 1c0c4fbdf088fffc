package nl.wegwijs.bewaren.api;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden;

/** The import of a moving file: the document as exported, the contract to register it under, the new address. */
@Schema(description = "Een verhuisdossier importeren als aanmelding")
record VerhuizingRequest(
        @Schema(description = "id van het contract (van uw gemeente) waaronder het huishouden wordt aangemeld",
                example = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{bewaren.import.contract.leeg}") @Nullable UUID contractId,
        @Schema(description = "het nieuwe adres; leeg: nog niet bekend", nullable = true)
        Huishouden.@Nullable Adres adres,
        @Schema(description = "het verhuisdossier zoals GET /api/v1/huishoudens/{id}/verhuisdossier het gaf "
                + "(wegwijs-verhuisdossier, versie 1)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.verhuizing.dossier.leeg}") @Nullable Map<String, Object> dossier) {
}
