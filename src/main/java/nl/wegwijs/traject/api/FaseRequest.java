package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.jspecify.annotations.Nullable;

/** The trajectory moved to a phase of its contract on this day. */
@Schema(description = "Naar een fase van het contract, vanaf een dag")
record FaseRequest(
        @Schema(description = "de versie van het traject die u het laatst "
                + "las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "code van een fase uit het "
                + "contract", example = "FASE2", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{api.traject.fase.leeg}") @Nullable String faseCode,
        @Schema(description = "vanaf, niet in de "
                + "toekomst", example = "2026-06-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.traject.fase.vanaf.leeg}")
        @PastOrPresent(message = "{api.datum.toekomst}") @Nullable LocalDate vanaf) {
}
