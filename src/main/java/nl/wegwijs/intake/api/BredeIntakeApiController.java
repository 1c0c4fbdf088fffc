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
            description = "Vervangt de hele intake. Geef versie 0 mee voor een eerste intake, anders de versie die u "
                    + "het laatst las; is die verouderd, dan 409 en wordt er niets opgeslagen. Alleen de "
                    + "regievoerder van de gemeente.")
    @ApiResponse(responseCode = "200", description = "De opgeslagen brede intake")
    @ApiResponse(responseCode = "400", description = "Ongeldige invoer, per veld")
    @ApiResponse(responseCode = "403", description = "Toestemming nodig voor inburgering")
    @ApiResponse(responseCode = "404", description = "Onbekend huishouden of persoon, of u heeft er geen toegang toe")
    @ApiResponse(responseCode = "409", description = "Intussen door iemand anders gewijzigd")
    @ApiResponse(responseCode = "422", description = "Niet toegestaan of in strijd met een regel")
    BredeIntakeResource legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoon, @Valid @RequestBody BredeIntakeRequest verzoek) {
        return BredeIntakeResource.from(intakes.legVast(ik, new HuishoudenId(id), persoon,
                Objects.requireNonNull(verzoek.versie()), verzoek.toGegevens()));
    }
}
