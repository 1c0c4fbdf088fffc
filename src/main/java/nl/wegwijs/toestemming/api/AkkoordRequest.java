package nl.wegwijs.toestemming.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** "Still agreed", at the version last read, with the date of the next check (default in six months). */
@Schema(description = "De persoon is nog akkoord met de toestemming")
record AkkoordRequest(
        @Schema(description = "de versie van de toestemming die u het laatst las", example = "0",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
        @Schema(description = "wanneer opnieuw na te vragen, na vandaag; leeg: over 6 maanden", example = "2027-12-01",
                nullable = true)
        @Nullable LocalDate volgendeControle) {
}
