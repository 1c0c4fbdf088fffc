package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The day the gemeente set a person's PIP; {@code vastgesteldOp} null withdraws it. {@code versie} is the version
 * of the person's facts last read (0 when nothing was recorded).
 */
@Schema(description = "De dag waarop de gemeente het PIP van een persoon vaststelde; zonder datum: intrekken")
record PipRequest(
        @Schema(description = "de versie van de feiten van de persoon die u het laatst las (0: nog niets vastgelegd)",
                example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de dag, niet in de toekomst; leeg: intrekken", example = "2026-03-16")
        @Nullable LocalDate vastgesteldOp) {
}
