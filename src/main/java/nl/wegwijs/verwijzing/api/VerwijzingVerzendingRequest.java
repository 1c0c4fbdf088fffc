package nl.wegwijs.verwijzing.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.toestemming.Wijze;

/** Sending a referral made earlier, with the version last read (and, outside Wegwijs, the consent given). */
@Schema(description = "Een aangemaakte verwijzing versturen, met de versie die u het laatst las")
record VerwijzingVerzendingRequest(
        @Schema(description = "de versie die u het laatst las", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{verwijzing.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "bij een dienst buiten Wegwijs: hoe de persoon toestemming gaf",
                example = "SCHRIFTELIJK")
        @Nullable Wijze toestemmingWijze,
        @Schema(description = "bij een dienst buiten Wegwijs: wanneer (niet in de toekomst)", example = "2026-12-01")
        @Nullable LocalDate toestemmingOp) {
}
