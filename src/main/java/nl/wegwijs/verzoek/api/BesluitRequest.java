package nl.wegwijs.verzoek.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.verzoek.Uitkomst;

/** The gemeente's decision on a request, at the version last read; a rejection needs {@code reden}. */
@Schema(description = "Het besluit van de gemeente op een verzoek")
record BesluitRequest(
        @Schema(description = "de versie van het verzoek die u het laatst "
                + "las", example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
        @Schema(description = "GOEDGEKEURD of "
                + "AFGEWEZEN", example = "GOEDGEKEURD", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{verzoek.besluit.leeg}") @Nullable Uitkomst uitkomst,
        @Schema(description = "reden, tot 2000 tekens; nodig bij AFGEWEZEN", example = "Past binnen het contract.")
        @Nullable String reden) {
}
