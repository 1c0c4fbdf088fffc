package nl.wegwijs.traject.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import nl.wegwijs.organisatie.MedewerkerOverzicht;
import nl.wegwijs.organisatie.Rol;

/** The guides a teamleider can assign, at most a screenful; {@code meer} says there were more. */
@Schema(description = "Medewerkers die u kunt toewijzen, op naam")
record ToewijsbaarResource(
        @Schema(description = "de medewerkers") List<ToewijsbareMedewerkerResource> items,
        @Schema(description = "er zijn er meer dan deze lijst toont", example = "false") boolean meer) {

    static ToewijsbaarResource van(List<MedewerkerOverzicht> gevonden, int max) {
        return new ToewijsbaarResource(gevonden.stream().limit(max).map(ToewijsbareMedewerkerResource::van).toList(),
                gevonden.size() > max);
    }

    /** One guide: id (to assign with), name, role and teams. */
    @Schema(description = "Een medewerker die u kunt toewijzen")
    record ToewijsbareMedewerkerResource(
            @Schema(description = "id van de medewerker (voor de toewijzing)",
                    example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b") UUID id,
            @Schema(description = "naam", example = "Sanne de Boer") String naam,
            @Schema(description = "rol: BEGELEIDER, VRIJWILLIGER of TEAMLEIDER", example = "BEGELEIDER") Rol rol,
            @Schema(description = "de teams, gescheiden door komma's", example = "Team Centrum") String teams) {

        static ToewijsbareMedewerkerResource van(MedewerkerOverzicht m) {
            return new ToewijsbareMedewerkerResource(m.id(), m.naam(), m.rol(), m.teams());
        }
    }
}
