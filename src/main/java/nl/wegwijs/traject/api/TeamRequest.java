package nl.wegwijs.traject.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The teamleider moves an accepted trajectory to another team of their uitvoerder. */
@Schema(description = "Een ander team van uw uitvoerder kiezen voor het traject.")
record TeamRequest(
        @Schema(description = "de versie van het traject die u het laatst las", example = "3")
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "id van het nieuwe team", example = "5b6c7d8e-9f01-4a2b-8c3d-4e5f6a7b8c9d")
        @NotNull(message = "{api.traject.team.leeg}") @Nullable UUID teamId) {
}
