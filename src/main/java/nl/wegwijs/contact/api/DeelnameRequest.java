package nl.wegwijs.contact.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Persons of one household who attended. */
@Schema(description = "Personen van één huishouden die een groepsbijeenkomst bijwoonden")
record DeelnameRequest(
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{contact.api.huishouden.leeg}") @Nullable UUID huishoudenId,
        @Schema(description = "ids van de personen uit dat huishouden die er waren (ten minste één)",
                example = "[\"7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d\", \"8e7f6a5b-4c3d-4e2f-9a1b-0c9d8e7f6a5b\"]",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty(message = "{contact.groep.deelnemers.leeg}") @Nullable List<UUID> persoonIds) {
}
