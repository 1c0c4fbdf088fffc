package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.InburgeringAfronding;

/**
 * The day a person's inburgering ended and how (AFGEROND, ONTHEFFING, VRIJSTELLING); {@code afgerondOp} null
 * withdraws it. {@code versie} is the version of the person's facts last read (0 when nothing was recorded).
 */
@Schema(description = "Wanneer en hoe de inburgering van een persoon eindigde; zonder datum: intrekken")
record InburgeringRequest(
        @Schema(description = "de versie van de feiten van de persoon die u het laatst las (0: nog niets vastgelegd)",
                example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de dag, niet in de toekomst; leeg: intrekken", example = "2026-10-20")
        @Nullable LocalDate afgerondOp,
        @Schema(description = "hoe: AFGEROND (inburgering behaald), ONTHEFFING of VRIJSTELLING; nodig met een "
                + "datum", example = "AFGEROND")
        @Nullable InburgeringAfronding afronding) {
}
