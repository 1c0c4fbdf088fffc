package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;

/** Who is assigned in which role, from and until (inclusive) when; of the medewerker only the name. */
@Schema(description = "Wie in welke rol is toegewezen, van en tot en met wanneer")
record ToewijzingResource(
        @Schema(description = "id van de toewijzing", example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d") UUID id,
        @Schema(description = "id van de "
                + "medewerker", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID medewerkerId,
        @Schema(description = "naam van de medewerker", example = "Sanne de Boer") String naam,
        @Schema(description = "rol: FASE1 (de medewerker van fase 1), BEGELEIDER of "
                + "VRIJWILLIGER", example = "BEGELEIDER") ToewijzingRol rol,
        @Schema(description = "vanaf", example = "2026-03-01") LocalDate vanaf,
        @Schema(description = "tot en met; leeg: "
                + "loopt", example = "2026-12-31", nullable = true) @Nullable LocalDate tot) {

    static ToewijzingResource from(Toewijzing t, Dossier d) {
        return new ToewijzingResource(t.id(), t.medewerkerId(), d.naam(t.medewerkerId()), t.rol(), t.vanaf(), t.tot());
    }
}
