package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/** Trajectories the acting medewerker may see, and the aanmelding that starts one. */
@RestController
@RequestMapping("/api/v1/trajecten")
@Tag(name = "Trajecten", description = "Begeleidingstrajecten: aanmelding, status, fasen, toewijzingen, "
        + "verlengingen, afsluiting en de wettelijke termijnen.")
class TrajectApiController {

    private final TrajectService trajecten;

    TrajectApiController(TrajectService trajecten) {
        this.trajecten = trajecten;
    }

    @GetMapping
    @Operation(summary = "Trajecten die u mag zien, per pagina (keyset op id)",
            description = "Vastgelegd in het verwerkingslog: één regel per persoon van elk getoond huishouden.")
    TrajectPagina pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het laatste traject van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        int n = Paginering.grootte(aantal);
        java.util.List<Traject> pagina = trajecten.pagina(ik, na, n);
        return TrajectPagina.van(pagina.stream().map(TrajectOverzichtResource::from).toList(), n);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén traject met toewijzingen, verlengingen en wettelijke termijnen",
            description = "Alleen voor wie het huishouden van het traject mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Velden die u niet mag zien zijn leeg: zonder zicht op inburgering "
                    + "geen PIP- en "
                    + "inburgeringstermijnen en feiten, zonder zicht op de voortgang geen fase, verlengingsredenen en "
                    + "toelichting bij het einde. Het lezen komt in het verwerkingslog, per persoon.")
    TrajectResource traject(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id) {
        return TrajectResource.lees(trajecten, ik, new TrajectId(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een huishouden aanmelden voor begeleiding onder een lopend contract",
            description = "Antwoordt met het nieuwe traject. Wie het daarna niet mag zien (een begeleider, tot de "
                    + "teamleider het aan een team van hem toewijst), krijgt alleen de Location, zonder body. "
                    + "Aanmelden mag de regievoerder van de gemeente en de teamleider of begeleider van de uitvoerder, "
                    + "onder een lopend contract van de eigen organisatie; een ander contract geeft 422 "
                    + "(traject.aanmelding.contract). Ook 422: een aanmeldingsdatum in de toekomst, een BSN dat de "
                    + "elfproef niet doorstaat of al bestaat, twee hoofdpersonen. Zonder contract of personen, of met "
                    + "een ongeldig veld, volgt 400. Het huishouden, zijn personen en het traject komen in het "
                    + "verwerkingslog; werklijst en regieoverzicht volgen.")
    @ApiResponse(responseCode = "201", description = "Aangemeld; Location wijst naar het nieuwe traject",
            headers = @Header(name = "Location", description = "adres van het nieuwe traject",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/trajecten/1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")))
    ResponseEntity<TrajectResource> meldAan(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody AanmeldingRequest aanmelding) {
        Traject t = trajecten.meldAan(ik, aanmelding.toAanmelding());
        var created = ResponseEntity
            .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(t.id()));
        try {
            return created.body(TrajectResource.lees(trajecten, ik, t.id()));
        }
        catch (NietGevonden e) {
            return created.build(); // registered, but not (yet) theirs to see
        }
    }
}
