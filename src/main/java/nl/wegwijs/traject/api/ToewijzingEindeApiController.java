package nl.wegwijs.traject.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/**
 * Ending an assignment and undoing that end, as the household file does. The assignment stays (with its last day):
 * its history is kept, so ending is a step, not a DELETE.
 */
@RestController
@RequestMapping(path = "/api/v1/trajecten/{id}/toewijzingen/{toewijzingId}",
        consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Trajecten")
class ToewijzingEindeApiController {

    private final TrajectService trajecten;

    ToewijzingEindeApiController(TrajectService trajecten) {
        this.trajecten = trajecten;
    }

    @PostMapping("/einde")
    @Operation(summary = "Een toewijzing beëindigen (teamleider)",
            description = """
                    De medewerker begeleidt het huishouden tot en met de gegeven dag. Alleen de teamleider van de \
                    uitvoerder van het traject. Een traject dat u niet mag zien: 404; een rol die dit niet mag, een \
                    toewijzing die al geëindigd is of een dag voor het begin: 422; een verouderde versie: 409. \
                    Antwoordt met de toewijzing zoals die nu is. Vastgelegd in het verwerkingslog.""")
    ToewijzingResource beeindig(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID toewijzingId, @Valid @RequestBody ToewijzingEindeRequest einde) {
        trajecten.beeindigToewijzing(ik, new TrajectId(id), einde.versie(), toewijzingId, einde.tot());
        return toewijzing(ik, id, toewijzingId);
    }

    @PostMapping("/herstel")
    @Operation(summary = "Het einde van een toewijzing ongedaan maken (teamleider)",
            description = """
                    Voor een toewijzing die per vergissing werd beëindigd: ze loopt weer door, zolang haar laatste dag \
                    niet voor gisteren ligt. Alleen de teamleider van de uitvoerder van het traject. Een traject dat u \
                    niet mag zien: 404; een rol die dit niet mag of een toewijzing die niet (meer) te herstellen is: \
                    422; een verouderde versie: 409. Vastgelegd in het verwerkingslog.""")
    ToewijzingResource herstel(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID toewijzingId, @Valid @RequestBody ToewijzingHerstelRequest herstel) {
        trajecten.herstelToewijzing(ik, new TrajectId(id), herstel.versie(), toewijzingId);
        return toewijzing(ik, id, toewijzingId);
    }

    private ToewijzingResource toewijzing(Medewerker ik, UUID id, UUID toewijzingId) {
        Dossier d = trajecten.dossier(trajecten.inzage(ik, new TrajectId(id)));
        return d.traject().toewijzingen().stream().filter(t -> t.id().equals(toewijzingId)).findFirst()
            .map(t -> ToewijzingResource.from(t, d)).orElseThrow(NietGevonden::new);
    }
}
