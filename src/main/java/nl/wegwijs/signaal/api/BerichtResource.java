package nl.wegwijs.signaal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.signaal.BerichtSoort;
import nl.wegwijs.signaal.SignaalBericht;

/** One entry of a signal's thread, with its author's name and role as they were when it was written. */
@Schema(description = "Een bericht in het gesprek over een signaal, met naam en rol van de schrijver zoals die toen "
        + "waren")
record BerichtResource(
        @Schema(description = "id van het bericht", example = "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d") UUID id,
        @Schema(description = "volgnummer in het gesprek, zonder gaten", example = "4") int volgnummer,
        @Schema(description = "soort: REACTIE, een stand (IN_BEHANDELING, OPEN, AFGESLOTEN, HEROPEND) of een actie "
                + "(ACTIE_TOEGEVOEGD, ACTIE_GEWIJZIGD, ACTIE_GEDAAN, ACTIE_OPEN)", example = "REACTIE")
        BerichtSoort soort,
        @Schema(description = "de tekst", example = "Ik ga donderdag met mevrouw Osei mee naar het Juridisch Loket.",
                nullable = true)
        @Nullable String tekst,
        @Schema(description = "id van de schrijver", example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID auteurId,
        @Schema(description = "naam van de schrijver", example = "Sanne de Boer") String auteurNaam,
        @Schema(description = "rol van de schrijver", example = "BEGELEIDER") Rol auteurRol,
        @Schema(description = "geschreven op", example = "2026-03-10T15:42:00Z") Instant geschrevenOp) {

    static BerichtResource from(SignaalBericht b) {
        return new BerichtResource(b.id(), b.volgnummer(), b.soort(), b.tekst(), b.auteurId(), b.auteurNaam(),
                b.auteurRol(), b.geschrevenOp());
    }
}
