package nl.wegwijs.traject.api;

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
    @Operation(summary = "Eén toewijzing van een traject")
    ToewijzingResource toewijzing(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID toewijzingId) {
        Dossier d = trajecten.dossier(trajecten.inzage(ik, new TrajectId(id)));
        return d.traject().toewijzingen().stream().filter(t -> t.id().equals(toewijzingId)).findFirst()
            .map(t -> ToewijzingResource.from(t, d)).orElseThrow(NietGevonden::new);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een medewerker toewijzen in een rol (teamleider)")
    ResponseEntity<ToewijzingResource> wijsToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody ToewijzingRequest toewijzing) {
        Toewijzing t = trajecten.wijsToe(ik, new TrajectId(id), toewijzing.versie(), toewijzing.medewerkerId(),
                toewijzing.rol(), toewijzing.vanaf());
        return ResponseEntity
            .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{toewijzingId}").build(t.id()))
            .body(toewijzing(ik, id, t.id()));
    }
}
