package nl.wegwijs.contact.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

import nl.wegwijs.contact.Deelnemer;

/** One attendee of a household the reader may see. */
@Schema(description = "Een deelnemer uit een huishouden dat u mag zien")
record DeelnemerResource(
        @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
        UUID persoonId,
        @Schema(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
        UUID huishoudenId,
        @Schema(description = "naam van de persoon", example = "Yonas Tesfaye")
        String naam) {

    static DeelnemerResource from(Deelnemer d) {
        return new DeelnemerResource(d.persoonId(), d.huishouden().value(), d.naam());
    }
}
