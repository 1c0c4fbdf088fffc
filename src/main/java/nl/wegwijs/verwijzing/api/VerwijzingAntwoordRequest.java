package nl.wegwijs.verwijzing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.verwijzing.VerwijzingStatus;

/** The service's answer to a sent referral, with the version last read. */
@Schema(description = "Het antwoord van de dienst op een verstuurde verwijzing, met de versie die u het laatst las")
record VerwijzingAntwoordRequest(
        @Schema(description = "de versie die u het laatst las", example = "2",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{verwijzing.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "GEACCEPTEERD, AFGEWEZEN (met een toelichting: de reden) of WACHTLIJST",
                example = "GEACCEPTEERD", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{verwijzing.api.antwoord.leeg}") @Nullable VerwijzingStatus antwoord,
        @Schema(description = "toelichting, tot 2000 tekens; bij AFGEWEZEN verplicht",
                example = "Intake op 12 december")
        @Size(max = 2000, message = "{verwijzing.api.tekst.lang}") @Nullable String toelichting) {
}
