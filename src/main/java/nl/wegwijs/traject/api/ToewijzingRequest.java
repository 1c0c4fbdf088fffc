package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.ToewijzingRol;

/** The teamleider assigns a medewerker of their own organisation in a role, from a day (which may be planned). */
@Schema(description = "Een medewerker van de eigen uitvoerder toewijzen in een rol")
record ToewijzingRequest(
        @Schema(description = "de versie van het traject die u het laatst "
                + "las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "id van de "
                + "medewerker", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.toewijzing.medewerker.leeg}") @Nullable UUID medewerkerId,
        @Schema(description = "rol: FASE1 (de medewerker van fase 1), BEGELEIDER of "
                + "VRIJWILLIGER", example = "BEGELEIDER", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.toewijzing.rol.leeg}") @Nullable ToewijzingRol rol,
        @Schema(description = "vanaf; mag ook later "
                + "liggen", example = "2026-03-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.toewijzing.vanaf.leeg}") @Nullable LocalDate vanaf) {
}
