package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The teamleider accepts the aanmelding for one of their teams. */
@Schema(description = "De aanmelding accepteren voor een team")
record AcceptatieRequest(
        @Schema(description = "de versie van het traject die u het laatst "
                + "las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "id van een team van de eigen "
                + "uitvoerder", example = "2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.traject.team.leeg}") @Nullable UUID teamId) {
}
