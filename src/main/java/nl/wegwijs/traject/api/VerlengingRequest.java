package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Extends guidance by whole months, within the contract's maximum (422 above it). */
@Schema(description = "De begeleiding verlengen met hele maanden")
record VerlengingRequest(
        @Schema(description = "de versie van het traject die u het laatst "
                + "las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "hoeveel maanden, meer dan 0, binnen het maximum van het "
                + "contract", example = "6", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.verlenging.maanden.leeg}")
        @Positive(message = "{api.verlenging.maanden.positief}") @Nullable Integer maanden,
        @Schema(description = "waarom, tot 2000 tekens", example = "Taalniveau nog te laag voor zelfstandig "
                + "regelen.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{api.verlenging.reden.leeg}")
        @Size(max = 2000, message = "{api.tekst.te-lang}") @Nullable String reden) {
}
