package nl.wegwijs.huishouden.api;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;

/** The persons of a household as a sub-resource, e.g. a nareiziger who joins later. */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/personen")
@Tag(name = "Huishoudens")
class PersoonApiController {

    private final HuishoudenService huishoudens;

    PersoonApiController(HuishoudenService huishoudens) {
        this.huishoudens = huishoudens;
    }

    @GetMapping("/{persoonId}")
    @Operation(summary = "Eén persoon van een huishouden",
            description = "Leest één persoon met zijn eigen wettelijke datums. Alleen voor wie het huishouden mag "
                    + "zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Een persoon die niet bij het "
                    + "huishouden hoort geeft ook 404. BSN en V-nummer zijn leeg voor wie ze niet mag zien. Het lezen "
                    + "komt in het verwerkingslog, voor deze persoon.")
    PersoonResource persoon(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoonId) {
        return huishoudens.findPersoon(ik, new HuishoudenId(id), persoonId).map(PersoonResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een persoon toevoegen, bijvoorbeeld een nareiziger met eigen datums",
            description = "Voegt een persoon toe aan het huishouden, bij de versie van het huishouden die u het laatst "
                    + "las. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Toevoegen mag de regievoerder, teamleider en begeleider; andere rollen krijgen 422 "
                    + "(huishouden.wijzigen.niet-toegestaan). Een verouderde versie geeft 409. Ook 422: een "
                    + "geboortedatum in de toekomst, een BRP-datum voor de geboorte, een BSN dat de elfproef niet "
                    + "doorstaat of al bestaat, een tweede hoofdpersoon. Een ontbrekend verplicht veld of een BSN "
                    + "dat geen negen cijfers is geeft 400. De toevoeging komt in het verwerkingslog en de werklijst "
                    + "wordt bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "De nieuwe persoon; Location wijst ernaar",
            headers = @Header(name = "Location", description = "adres van De nieuwe persoon",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/personen/7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")))
    ResponseEntity<PersoonResource> voegToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id, @Valid @RequestBody PersoonWijziging toevoeging) {
        Persoon p = huishoudens.voegPersoonToe(ik, new HuishoudenId(id), toevoeging.versie(),
                toevoeging.persoon().toNieuwePersoon(null));
        return ResponseEntity
            .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{persoonId}").build(p.id()))
            .body(PersoonResource.from(p));
    }

    @PutMapping("/{persoonId}")
    @Operation(summary = "De gegevens van een persoon wijzigen",
            description = "Vervangt alle gegevens van een persoon, bij de versie van het huishouden die u het laatst "
                    + "las. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Een persoon die niet bij het huishouden hoort geeft ook 404. Wijzigen mag de "
                    + "regievoerder, teamleider en begeleider; andere rollen krijgen 422. Een verouderde versie geeft "
                    + "409 en wijzigt niets. Verder dezelfde regels als bij toevoegen (422, of 400). Oude en nieuwe "
                    + "waarde van elk gewijzigd veld worden bewaard (correctiespoor), de wijziging komt in het "
                    + "verwerkingslog en de werklijst wordt bijgewerkt.")
    PersoonResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoonId, @Valid @RequestBody PersoonWijziging wijziging) {
        huishoudens.wijzigPersoon(ik, new HuishoudenId(id), wijziging.versie(),
                wijziging.persoon().toNieuwePersoon(persoonId));
        return persoon(ik, id, persoonId);
    }
}
