package nl.wegwijs.participatie.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.participatie.FaseId;
import nl.wegwijs.participatie.FasePeriode;
import nl.wegwijs.participatie.Participatie;
import nl.wegwijs.participatie.ParticipatieService;
import nl.wegwijs.participatie.Plaatsing;
import nl.wegwijs.participatie.PlaatsingId;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * A household's Piëzo phase periods and placements. A household the acting medewerker may not see does not exist
 * (404); without the category VOORTGANG (a budgetcoach without consent) it is a 403 naming it; recording is for the
 * regievoerder of the household's gemeente, the begeleider and the teamleider on a running trajectory (otherwise
 * 422); a stale version is a 409 and nothing is written.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Participatie", description = "Piëzo-fasen (0 tot en met 4) per persoon, met periodes (een duaal traject: "
        + "twee fasen tegelijk), en plaatsingen: vrijwilligerswerk, stage, werkervaringsplaats.")
class ParticipatieApiController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ParticipatieService participatie;
    private final Clock clock;

    ParticipatieApiController(ParticipatieService participatie, Clock clock) {
        this.participatie = participatie;
        this.clock = clock;
    }

    // --- phases

    @GetMapping("/huishoudens/{id}/piezo-fasen")
    @Operation(operationId = "piezoFasenVanHuishouden", summary = "De Piëzo-fasen van een huishouden",
            description = "Alle periodes per persoon (oudste eerst), en per persoon de fasen van vandaag; duaal is "
                    + "waar bij twee of meer fasen tegelijk. Zonder filters en niet gepagineerd: een handvol periodes per persoon "
                    + "van één huishouden.")
    @ApiResponse(responseCode = "200", description = "De fasen")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig (gegevenssoort VOORTGANG)")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden, of u mag het niet zien")
    FaseLijst fasen(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden") @PathVariable UUID id) {
        Participatie p = zichtbaar(ik, id);
        LocalDate vandaag = p.vandaag();
        return new FaseLijst(p.personen().stream().flatMap(x -> x.fasen().stream())
            .map(f -> PiezoFaseResource.from(f, vandaag)).toList(),
                p.personen().stream().filter(x -> !x.fasen().isEmpty())
                    .map(x -> new FaseLijst.Stand(x.id(), x.huidigeFasen(), x.duaal())).toList());
    }

    @GetMapping("/huishoudens/{id}/piezo-fasen/{fase}")
    @Operation(operationId = "piezoFase", summary = "Eén periode in een Piëzo-fase",
            description = "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: "
                    + "die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. "
                    + "Zonder zicht op de voortgang (bijvoorbeeld een budgetcoach zonder toestemming) volgt 403. Een "
                    + "periode van een ander huishouden geeft ook 404. Het lezen komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "De periode")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig (gegevenssoort VOORTGANG)")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden of periode, of u mag het niet zien")
    PiezoFaseResource fase(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de periode", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")
                    @PathVariable UUID fase) {
        return PiezoFaseResource.from(participatie.fase(ik, new HuishoudenId(id), new FaseId(fase)).waarde(),
                LocalDate.now(clock));
    }

    @PostMapping("/huishoudens/{id}/piezo-fasen")
    @Operation(operationId = "piezoFaseToevoegen", summary = "Een periode in een Piëzo-fase vastleggen",
            description = "Zonder tot loopt de fase nog. Een persoon kan in meer fasen tegelijk zijn, maar niet twee "
                    + "keer tegelijk in dezelfde fase (422). Alleen voor wie het huishouden mag zien (vrijwilliger: "
                    + "toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van "
                    + "de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: "
                    + "overgedragen huishoudens); anders 404. Zonder zicht op de voortgang (bijvoorbeeld een "
                    + "budgetcoach zonder toestemming) volgt 403. Vastleggen mag de regievoerder van de gemeente van "
                    + "het huishouden, de begeleider en de teamleider, zolang het traject niet is afgesloten; andere "
                    + "rollen (ook de vrijwilliger, die alleen leest) krijgen 422 (participatie.niet-toegestaan of "
                    + "participatie.traject-afgesloten). Ook 422: een persoon buiten het huishouden, een "
                    + "begin te ver terug of vooruit, een einde voor het begin of te ver vooruit. Een ontbrekend "
                    + "verplicht veld of een notitie langer dan 2000 tekens geeft 400. De wijziging komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de periode",
            headers = @Header(name = "Location", description = "adres van de nieuwe periode",
                    schema = @Schema(type = "string", format = "uri", example = "/api/v1/huishoudens/"
                            + "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/piezo-fasen/6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig (gegevenssoort VOORTGANG)")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden, of u mag het niet zien")
    @ApiResponse(responseCode = "422", description = "Geweigerd: overlap, datums, niet toegestaan")
    ResponseEntity<PiezoFaseResource> voegFaseToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Valid @RequestBody PiezoFaseRequest fase) {
        FasePeriode f = participatie.voegFaseToe(ik, new HuishoudenId(id), fase.toInvoer());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/piezo-fasen/{fase}").build(id, f.id().value()))
            .body(PiezoFaseResource.from(f, LocalDate.now(clock)));
    }

    @PatchMapping(path = "/huishoudens/{id}/piezo-fasen/{fase}", consumes = { MERGE_PATCH,
            MediaType.APPLICATION_JSON_VALUE })
    @Operation(operationId = "piezoFaseBeeindigen", summary = "Een periode in een Piëzo-fase beëindigen",
            description = "Zet de laatste dag (tot) en eventueel een nieuwe notitie. Stuur de versie mee die u het "
                    + "laatst las; is die verouderd, dan 409 en wordt er niets opgeslagen. Een JSON merge patch "
                    + "(application/merge-patch+json; application/json mag ook). Alleen voor wie het huishouden mag "
                    + "zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op de voortgang "
                    + "(bijvoorbeeld een budgetcoach zonder toestemming) volgt 403. Vastleggen mag de regievoerder "
                    + "van de gemeente van het huishouden, de begeleider en de teamleider, zolang het traject niet is "
                    + "afgesloten; andere rollen (ook de vrijwilliger, die alleen leest) krijgen 422 "
                    + "(participatie.niet-toegestaan of participatie.traject-afgesloten). Ook 422: een einde voor het "
                    + "begin of te ver vooruit, of een overlap die zo ontstaat. Zonder versie of tot volgt 400. De "
                    + "wijziging komt in het verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "Beëindigd")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig (gegevenssoort VOORTGANG)")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden of periode, of u mag het niet zien")
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd door een ander")
    @ApiResponse(responseCode = "422", description = "Geweigerd: datums, overlap, niet toegestaan")
    PiezoFaseResource beeindigFase(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de periode", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d")
                    @PathVariable UUID fase,
            @Valid @RequestBody FaseEinde einde) {
        return PiezoFaseResource.from(participatie.beeindigFase(ik, new HuishoudenId(id), new FaseId(fase),
                Objects.requireNonNull(einde.versie()), einde.tot(), einde.notitie()), LocalDate.now(clock));
    }

    // --- placements

    @GetMapping("/huishoudens/{id}/plaatsingen")
    @Operation(operationId = "plaatsingenVanHuishouden", summary = "De plaatsingen van een huishouden",
            description = "Vrijwilligerswerk, stages en werkervaringsplaatsen per persoon, lopende eerst. "
                    + "Zonder filters en niet gepagineerd: een handvol plaatsingen per persoon van één huishouden.")
    @ApiResponse(responseCode = "200", description = "De plaatsingen")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig (gegevenssoort VOORTGANG)")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden, of u mag het niet zien")
    List<PlaatsingResource> plaatsingen(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden") @PathVariable UUID id) {
        Participatie p = zichtbaar(ik, id);
        return p.personen().stream().flatMap(x -> x.plaatsingen().stream())
            .map(x -> PlaatsingResource.from(x, p.vandaag())).toList();
    }

    @GetMapping("/huishoudens/{id}/plaatsingen/{plaatsing}")
    @Operation(operationId = "plaatsing", summary = "Eén plaatsing",
            description = "Vrijwilligerswerk, stage of werkervaringsplaats van één persoon. Alleen voor wie het "
                    + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team "
                    + "of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van "
                    + "de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op de "
                    + "voortgang (bijvoorbeeld een budgetcoach zonder toestemming) volgt 403. Een plaatsing van een "
                    + "ander huishouden geeft ook 404. Het lezen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "De plaatsing")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig (gegevenssoort VOORTGANG)")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden of plaatsing, of u mag het niet zien")
    PlaatsingResource plaatsing(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de plaatsing", example = "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f")
                    @PathVariable UUID plaatsing) {
        return PlaatsingResource.from(participatie.plaatsing(ik, new HuishoudenId(id), new PlaatsingId(plaatsing))
            .waarde(), LocalDate.now(clock));
    }

    @PostMapping("/huishoudens/{id}/plaatsingen")
    @Operation(operationId = "plaatsingToevoegen", summary = "Een plaatsing vastleggen",
            description = "Uren per week 1 tot en met 40. Een taalniveau wordt alleen doorgegeven met akkoord van de "
                    + "deelnemer (taalniveauAkkoord), anders 422. Alleen voor wie het huishouden mag zien "
                    + "(vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op de voortgang "
                    + "(bijvoorbeeld een budgetcoach zonder toestemming) volgt 403. Vastleggen mag de regievoerder "
                    + "van de gemeente van het huishouden, de begeleider en de teamleider, zolang het traject niet is "
                    + "afgesloten; andere rollen (ook de vrijwilliger, die alleen leest) krijgen 422 "
                    + "(participatie.niet-toegestaan of participatie.traject-afgesloten). Ook 422: een persoon buiten "
                    + "het "
                    + "huishouden, een start te ver terug of vooruit, een gepland einde voor de start. Een ontbrekend "
                    + "verplicht veld, uren buiten 1-40 of te lange tekst geeft 400. De wijziging komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de plaatsing",
            headers = @Header(name = "Location", description = "adres van de nieuwe plaatsing",
                    schema = @Schema(type = "string", format = "uri", example = "/api/v1/huishoudens/"
                            + "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/plaatsingen/8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f")))
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig (gegevenssoort VOORTGANG)")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden, of u mag het niet zien")
    @ApiResponse(responseCode = "422", description = "Geweigerd: datums, taalniveau zonder akkoord, niet toegestaan")
    ResponseEntity<PlaatsingResource> voegPlaatsingToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Valid @RequestBody PlaatsingRequest plaatsing) {
        Plaatsing p = participatie.voegPlaatsingToe(ik, new HuishoudenId(id), plaatsing.toGegevens());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/plaatsingen/{plaatsing}").build(id, p.id().value()))
            .body(PlaatsingResource.from(p, LocalDate.now(clock)));
    }

    @PatchMapping(path = "/huishoudens/{id}/plaatsingen/{plaatsing}", consumes = { MERGE_PATCH,
            MediaType.APPLICATION_JSON_VALUE })
    @Operation(operationId = "plaatsingBeeindigen", summary = "Een plaatsing beëindigen",
            description = "Zet de einddatum en de reden, met een toelichting als u wilt. Stuur de versie mee die u "
                    + "het laatst las; is die verouderd, dan 409 en wordt er niets opgeslagen. Een JSON merge patch "
                    + "(application/merge-patch+json; application/json mag ook). Alleen voor wie het huishouden mag "
                    + "zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op de voortgang "
                    + "(bijvoorbeeld een budgetcoach zonder toestemming) volgt 403. Vastleggen mag de regievoerder "
                    + "van de gemeente van het huishouden, de begeleider en de teamleider, zolang het traject niet is "
                    + "afgesloten; andere rollen (ook de vrijwilliger, die alleen leest) krijgen 422 "
                    + "(participatie.niet-toegestaan of participatie.traject-afgesloten). Een einde voor de start of "
                    + "te ver vooruit geeft 422; zonder versie, einde of reden volgt 400. De wijziging komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "Beëindigd")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig (gegevenssoort VOORTGANG)")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden of plaatsing, of u mag het niet zien")
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd door een ander")
    @ApiResponse(responseCode = "422", description = "Geweigerd: datums, niet toegestaan")
    PlaatsingResource beeindigPlaatsing(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de plaatsing", example = "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f")
                    @PathVariable UUID plaatsing,
            @Valid @RequestBody PlaatsingEinde einde) {
        return PlaatsingResource.from(participatie.beeindigPlaatsing(ik, new HuishoudenId(id),
                new PlaatsingId(plaatsing), Objects.requireNonNull(einde.versie()), einde.einde(), einde.reden(),
                einde.toelichting()), LocalDate.now(clock));
    }

    /** The household's participation; 403 naming VOORTGANG when it is not the reader's to see. */
    private Participatie zichtbaar(Medewerker ik, UUID id) {
        Participatie p = participatie.participatie(ik, new HuishoudenId(id));
        if (!p.zichtbaar()) {
            p.inzage().vereis(Gegevenssoort.VOORTGANG);
        }
        return p;
    }
}
