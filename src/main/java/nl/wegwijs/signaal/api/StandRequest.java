package nl.wegwijs.signaal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalStatus;

/**
 * Where a signal should stand, with the version the client last read (stale: 409): OPEN or IN_BEHANDELING on an open
 * signal, AFGESLOTEN with a {@code toelichting} as closing note (with open actions also {@code ondanksOpenActies:
 * true}, otherwise 422), an open status on a closed signal reopens it. The report itself is never changed.
 */
@Schema(description = "De stand die het signaal moet krijgen, met de versie die u het laatst las")
record StandRequest(
        @Schema(description = "de versie van het signaal die u het laatst "
                + "las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{signaal.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "stand: OPEN, IN_BEHANDELING of AFGESLOTEN; een open stand op een afgesloten signaal "
                + "heropent het", example = "AFGESLOTEN", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{signaal.api.status.leeg}") @Nullable SignaalStatus status,
        @Schema(description = "toelichting, tot 4000 tekens; bij AFGESLOTEN verplicht (de afsluitnotitie)",
                example = "Betalingsregeling getroffen met de leverancier.")
        @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.reactie.te-lang}") @Nullable String toelichting,
        @Schema(description = "afsluiten hoewel er nog open acties zijn", example = "false")
        @Nullable Boolean ondanksOpenActies) {
}
