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

    @GetMapping(produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Trajecten die u mag zien, per pagina",
            description = """
                    De trajecten die u mag zien, op volgorde van id, per pagina (keyset). Filters (allemaal \
                    optioneel, ze beperken alleen wat u al mag zien en geven nooit meer): status, fase, gemeente, \
                    uitvoerder, team, medewerker (de begeleider of vrijwilliger die nu is toegewezen) en de \
                    aanmelddatum (aangemeldVanaf, aangemeldTot). Geen sortering: de volgorde is vast (id), zodat \
                    een pagina nooit verschuift. Het veld volgende is de volledige URL van de volgende pagina met \
                    dezelfde filters, of null op de laatste pagina. Een onbekende parameter, een onbekende status of \
                    een aantal buiten 1 tot en met 100 geeft 400. Zoeken op naam: POST /api/v1/huishoudens/zoeken. \
                    Vastgelegd in het verwerkingslog: één regel per persoon van elk getoond huishouden.""")
    TrajectPagina pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "Alleen trajecten met een van deze statussen; herhaal de parameter of scheid met "
                    + "komma's.", example = "ACTIEF",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(allowableValues = { "AANGEMELD", "INTAKE",
                            "ACTIEF", "VERLENGD", "AFGEROND", "OVERGEDRAGEN", "BEEINDIGD" }))
            @RequestParam(required = false) java.util.@Nullable List<String> status,
            @Parameter(description = "Alleen trajecten in deze fase (de code uit de voorwaarden van het contract).",
                    example = "FASE2")
            @RequestParam(required = false) @Nullable String fase,
            @Parameter(description = "Alleen trajecten in deze gemeente (id).",
                    example = "8a1f2c3d-4b5e-4f60-9a7b-8c9d0e1f2a3b")
            @RequestParam(required = false) @Nullable UUID gemeente,
            @Parameter(description = "Alleen trajecten van deze uitvoerder (id).",
                    example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
            @RequestParam(required = false) @Nullable UUID uitvoerder,
            @Parameter(description = "Alleen trajecten van dit team (id).", example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60")
            @RequestParam(required = false) @Nullable UUID team,
            @Parameter(description = "Alleen trajecten waaraan deze begeleider of vrijwilliger nu is toegewezen (id).",
                    example = "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b")
            @RequestParam(required = false) @Nullable UUID medewerker,
            @Parameter(description = "Alleen trajecten aangemeld op of na deze datum.", example = "2026-01-01")
            @RequestParam(name = "aangemeldVanaf", required = false) java.time.@Nullable LocalDate aangemeldVanaf,
            @Parameter(description = "Alleen trajecten aangemeld vóór deze datum (de datum zelf telt niet mee).",
                    example = "2026-07-01")
            @RequestParam(name = "aangemeldTot", required = false) java.time.@Nullable LocalDate aangemeldTot,
            @Parameter(description = "Het id van het laatste traject van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel trajecten per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        TrajectService.Pagina pagina = trajecten.pagina(ik, new nl.wegwijs.huishouden.HuishoudenSelectie(status,
                fase, gemeente, uitvoerder, team, medewerker, aangemeldVanaf, aangemeldTot, null), na, aantal);
        return TrajectPagina.van(pagina.items().stream().map(TrajectOverzichtResource::from).toList(),
                pagina.volgende());
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
