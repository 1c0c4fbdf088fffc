package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/** The assignments of a trajectory as a sub-resource; a handoff in the same role ends the previous one. */
@RestController
@RequestMapping("/api/v1/trajecten/{id}/toewijzingen")
@Tag(name = "Trajecten")
class ToewijzingApiController {

    private final TrajectService trajecten;

    ToewijzingApiController(TrajectService trajecten) {
        this.trajecten = trajecten;
    }

    @GetMapping("/{toewijzingId}")
    @Operation(summary = "Eén toewijzing van een traject",
            description = "Wie in welke rol is toegewezen, van en tot wanneer. Alleen voor wie het huishouden van het "
                    + "traject mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of "
                    + "toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de "
                    + "eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Een toewijzing van een ander "
                    + "traject geeft ook 404. Het lezen komt in het verwerkingslog.")
    ToewijzingResource toewijzing(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Parameter(description = "id van de toewijzing", example = "3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")
            @PathVariable UUID toewijzingId) {
        Dossier d = trajecten.dossier(trajecten.inzage(ik, new TrajectId(id)));
        return d.traject().toewijzingen().stream().filter(t -> t.id().equals(toewijzingId)).findFirst()
            .map(t -> ToewijzingResource.from(t, d)).orElseThrow(NietGevonden::new);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een medewerker toewijzen in een rol (teamleider)",
            description = "Wijst een medewerker van de eigen uitvoerder toe als FASE1, BEGELEIDER of VRIJWILLIGER, "
                    + "vanaf een dag (die ook later mag liggen); een overdracht in dezelfde rol beëindigt de vorige. "
                    + "Alleen voor wie het huishouden van het traject mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Alleen de teamleider van de uitvoerder van het traject; anders 422 "
                    + "(traject.niet-toegestaan). Een medewerker die niet toewijsbaar is, of een vrijwilliger in een "
                    + "andere rol dan VRIJWILLIGER (en andersom), geeft ook 422. Geef de versie van het traject mee "
                    + "die u het laatst las; verouderd: 409, niets gewijzigd; ontbrekend: 400. De toewijzing komt in "
                    + "het verwerkingslog; wat de medewerker mag zien, volgt meteen.")
    @ApiResponse(responseCode = "201", description = "Toegewezen; Location wijst naar de nieuwe toewijzing",
            headers = @Header(name = "Location", description = "adres van de nieuwe toewijzing",
                    schema = @Schema(type = "string", format = "uri", example = "/api/v1/trajecten/"
                            + "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b/toewijzingen/3a4b5c6d-7e8f-4a9b-8c0d-1e2f3a4b5c6d")))
    ResponseEntity<ToewijzingResource> wijsToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id, @Valid @RequestBody ToewijzingRequest toewijzing) {
        Toewijzing t = trajecten.wijsToe(ik, new TrajectId(id), toewijzing.versie(), toewijzing.medewerkerId(),
                toewijzing.rol(), toewijzing.vanaf());
        return ResponseEntity
            .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{toewijzingId}").build(t.id()))
            .body(toewijzing(ik, id, t.id()));
    }
}
