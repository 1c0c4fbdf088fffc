package nl.wegwijs.verzoek.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The requester withdraws an open request, at the version last read. */
@Schema(description = "Een open verzoek intrekken")
record VerzoekIntrekkingRequest(
        @Schema(description = "de versie van het verzoek die u het laatst las", example = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie) {
}
