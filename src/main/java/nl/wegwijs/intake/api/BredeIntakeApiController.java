package nl.wegwijs.intake.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.intake.IntakeService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * A household's brede intakes, one per inburgeringsplichtige person. A household the acting medewerker may not see
 * does not exist (404); without inburgering in what they may see (a budgetcoach, without consent) it is a 403 naming
 * the category; only the regievoerder of the household's gemeente records (otherwise 422); a stale version is a
 * 409. The health finding is in the response for that regievoerder only, and left out for everyone else.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Brede intake", description = "De brede intake per inburgeringsplichtige persoon: wie erbij was, de tolk "
        + "en de bevindingen per leefgebied. Gezondheid alleen voor de regievoerder.")
class BredeIntakeApiController {

    private final IntakeService intakes;

    BredeIntakeApiController(IntakeService intakes) {
        this.intakes = intakes;
    }

    @GetMapping("/huishoudens/{id}/brede-intakes")
    @Operation(operationId = "bredeIntakesVanHuishouden",
            summary = "De inburgeringsplichtige personen van een huishouden met hun brede intake (of null)",
            description = "Het veld gezondheid staat er alleen in voor de regievoerder van de gemeente. " + "Zonder filters en niet gepagineerd: "
                    + "één regel per inburgeringsplichtige persoon van één huishouden, dus altijd een korte lijst.")
    @ApiResponse(responseCode = "200", description = "Per persoon de brede intake, of null als die nog niet is gehouden")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig voor inburgering")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden, of u heeft er geen toegang toe")
    List<PersoonIntakeResource> lijst(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        IntakeService.IntakesVanHuishouden o = intakes.overzicht(ik, new HuishoudenId(id));
        if (!o.zichtbaar()) {
            o.inzage().vereis(Gegevenssoort.INBURGERING);
        }
        return o.personen().stream().map(PersoonIntakeResource::from).toList();
    }

    @PutMapping("/huishoudens/{id}/brede-intakes/{persoon}")
    @Operation(operationId = "legBredeIntakeVast", summary = "De brede intake van een persoon vastleggen of wijzigen",
            description = "Vervangt de hele intake (een veld dat u weglaat wordt leeg). Geef versie 0 mee voor een "
                    + "eerste intake, anders de versie die u het laatst las; is die verouderd, dan 409 en wordt er "
                    + "niets opgeslagen. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Zonder zicht op inburgering (bijvoorbeeld een budgetcoach zonder "
                    + "toestemming) volgt 403. Alleen de regievoerder van de gemeente van het huishouden legt vast, "
                    + "zolang het traject niet is afgesloten; anders 422 (intake.niet-toegestaan of "
                    + "intake.traject-afgesloten). Een persoon buiten het huishouden geeft 404. Ook 422: een eerste "
                    + "intake voor iemand die vandaag niet inburgeringsplichtig is, een datum in de toekomst of voor "
                    + "de Wet inburgering 2021, niemand aanwezig, de begeleider aanwezig zonder instemming, een tolk "
                    + "zonder taal, gezondheid met aandacht zonder toelichting, te lange teksten of te veel talen of "
                    + "signalen. Een ontbrekend verplicht veld geeft 400. De intake komt in het verwerkingslog en het "
                    + "regieoverzicht krijgt de datum van de intake.")
    @ApiResponse(responseCode = "200", description = "De opgeslagen brede intake")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, per veld")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig voor inburgering")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden of persoon, of u heeft er geen toegang toe")
    @ApiResponse(responseCode = "409", description = "Intussen door iemand anders gewijzigd")
    @ApiResponse(responseCode = "422", description = "Niet toegestaan of in strijd met een regel")
    BredeIntakeResource legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de inburgeringsplichtige persoon",
                    example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") @PathVariable UUID persoon, @Valid
                            @RequestBody BredeIntakeRequest verzoek) {
        return BredeIntakeResource.from(intakes.legVast(ik, new HuishoudenId(id), persoon,
                Objects.requireNonNull(verzoek.versie()), verzoek.toGegevens()));
    }
}
