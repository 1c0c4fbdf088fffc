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
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/** The team of a trajectory, changed by the teamleider as on the household file ({@code POST /trajecten/{id}/team}). */
@RestController
@Tag(name = "Trajecten")
class TeamkeuzeApiController {

    private final TrajectService trajecten;

    TeamkeuzeApiController(TrajectService trajecten) {
        this.trajecten = trajecten;
    }

    @PostMapping(path = "/api/v1/trajecten/{id}/team", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Het traject naar een ander team verplaatsen (teamleider)",
            description = """
                    Alleen de teamleider van de uitvoerder van het traject, en alleen naar een team van die uitvoerder. \
                    Toewijzingen blijven lopen. Een traject dat u niet mag zien: 404; een rol die het wel ziet maar dit \
                    niet mag, of een onbekend team: 422; een verouderde versie: 409. Antwoordt met het traject zoals \
                    het nu is. Vastgelegd in het verwerkingslog.""")
    TrajectResource wissel(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody TeamRequest team) {
        trajecten.kiesTeam(ik, new TrajectId(id), team.versie(), team.teamId());
        return TrajectResource.lees(trajecten, ik, new TrajectId(id));
    }
}
