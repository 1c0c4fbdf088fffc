package nl.wegwijs.traject.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The teamleider ends an assignment: its last day (inclusive). */
@Schema(description = "Een toewijzing beëindigen: de laatste dag dat de medewerker het huishouden begeleidt.")
record ToewijzingEindeRequest(
        @Schema(description = "de versie van het traject die u het laatst las", example = "4")
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "laatste dag van de toewijzing (inclusief)", example = "2026-02-28")
        @NotNull(message = "{api.toewijzing.tot.leeg}") @Nullable LocalDate tot) {
}
