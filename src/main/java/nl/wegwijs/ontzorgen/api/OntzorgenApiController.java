package nl.wegwijs.ontzorgen.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.headers.Header;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.ontzorgen.Coachgesprek;
import nl.wegwijs.ontzorgen.GesprekStatus;
import nl.wegwijs.ontzorgen.Ontzorgen;
import nl.wegwijs.ontzorgen.VasteLast;
import nl.wegwijs.ontzorgen.OntzorgenService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.OngeldigeParameter;

/**
 * A household's financieel ontzorgen. A household the acting medewerker may not see does not exist (404); without
 * the category FINANCIEN (a regievoerder without the household's consent) a 403 naming it; only the gemeente's
 * budgetcoach writes (otherwise 422); bad input 422 with a Dutch message; a stale version 409, nothing written.
 */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/ontzorgen")
@Tag(name = "Ontzorgen", description = "Financieel ontzorgen door de budgetcoach: start, einde, vaste lasten die de "
        + "gemeente betaalt, de stand per maand en de gesprekken op weg naar zelf betalen.")
@ApiResponse(responseCode = "403", description = "Toestemming nodig voor de gegevenssoort FINANCIEN")
@ApiResponse(responseCode = "404", description = "Onbekend huishouden, of u mag het niet zien; of nog geen ontzorgen")
class OntzorgenApiController {

    private final OntzorgenService ontzorgen;
    private final Clock clock;

    OntzorgenApiController(OntzorgenService ontzorgen, Clock clock) {
        this.ontzorgen = ontzorgen;
        this.clock = clock;
    }

    @GetMapping
    @Operation(operationId = "leesOntzorgen", summary = "Het ontzorgen van een huishouden",
            description = "Met de vaste lasten, de maanden van de periode met hun stand, de gesprekken, en of de "
                    + "overgang naar zelf betalen geregeld is. Alleen voor wie het huishouden mag zien (vrijwilliger: "
                    + "toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van "
                    + "de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: "
                    + "overgedragen huishoudens); anders 404. Zonder zicht op financiën (bijvoorbeeld een "
                    + "regievoerder zonder toestemming van het huishouden) volgt 403. "
                    + "Is er nog geen ontzorgen vastgelegd, dan volgt ook 404. Het lezen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "Het ontzorgen")
    OntzorgenResource lees(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id) {
        OntzorgenService.Stand s = ontzorgen.lees(ik, new HuishoudenId(id));
        if (s.ontzorgen() == null) {
            throw new NietGevonden();
        }
        return resource(s.ontzorgen());
    }

    @PutMapping
    @Operation(operationId = "legOntzorgenVast", summary = "Ontzorgen vastleggen of wijzigen",
            description = "Zonder versie: nieuw vastleggen (201). Met de versie die u het laatst las: start, eerder "
                    + "einde met reden en notitie vervangen. Is de versie verouderd (of stuurt u geen versie terwijl "
                    + "er al ontzorgen is, of wel een terwijl er nog geen is), dan 409 en wordt er niets opgeslagen. "
                    + "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die "
                    + "van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. "
                    + "Zonder zicht op financiën (bijvoorbeeld een regievoerder zonder toestemming van het "
                    + "huishouden) volgt 403. Alleen de budgetcoach van de gemeente van het huishouden legt vast; "
                    + "anders 422 (ontzorgen.niet-toegestaan). Een verouderde versie geeft 409 en wijzigt niets. De "
                    + "duur van de periode volgt uit het regime van de gemeente. Ook 422: een start voor "
                    + "2000 of meer dan een jaar vooruit, een eerder einde zonder start, buiten de periode of zonder "
                    + "reden, een reden zonder einde, een notitie langer dan 2000 tekens. Het komt in het "
                    + "verwerkingslog en het regieoverzicht wordt bijgewerkt.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "201", description = "Nieuw vastgelegd; Location wijst naar het ontzorgen",
            headers = @Header(name = "Location", description = "adres van het ontzorgen",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/ontzorgen")))
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    ResponseEntity<OntzorgenResource> legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id, @Valid @RequestBody OntzorgenRequests.Wijziging w) {
        Ontzorgen o = ontzorgen.legVast(ik, new HuishoudenId(id), w.versie(),
                new OntzorgenService.Invoer(w.start(), w.gestoptOp(), w.stopReden(), w.notitie()));
        return w.versie() == null ? ResponseEntity.created(hier(id)).body(resource(o)) : ResponseEntity.ok(resource(o));
    }

    @PostMapping("/vaste-lasten")
    @Operation(operationId = "voegVasteLastToe", summary = "Een vaste last toevoegen die de gemeente betaalt",
            description = "Voegt een vaste last toe (huur, energie, water, zorgverzekering) die de gemeente uit de "
                    + "uitkering betaalt, bij de versie van het ontzorgen die u het laatst las. Alleen voor wie het "
                    + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team "
                    + "of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van "
                    + "de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op financiën "
                    + "(bijvoorbeeld een regievoerder zonder toestemming van het huishouden) volgt 403. Alleen de "
                    + "budgetcoach van de gemeente van het huishouden legt vast; anders 422 "
                    + "(ontzorgen.niet-toegestaan). Een verouderde versie geeft 409 en wijzigt niets. Zonder "
                    + "vastgelegd ontzorgen volgt 422 (ontzorgen.niet-vastgelegd). Ook 422: geen soort, geen of een "
                    + "te lange begunstigde (tot 200 tekens), een bedrag niet groter dan 0 of vanaf 10.000 euro, "
                    + "geen machtigingsdatum, een datum voor 2000 of ver vooruit, een einde voor de machtiging. Een "
                    + "ontbrekende versie geeft 400. Location wijst naar de nieuwe vaste last; het antwoord is het "
                    + "hele ontzorgen. Het komt in het verwerkingslog en het regieoverzicht wordt bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; het antwoord is het hele ontzorgen",
            headers = @Header(name = "Location", description = "adres van de nieuwe vaste last",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/ontzorgen/vaste-lasten/"
                                    + "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d")))
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    ResponseEntity<OntzorgenResource> vasteLast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id, @Valid @RequestBody OntzorgenRequests.VasteLast v) {
        Ontzorgen o = ontzorgen.voegVasteLastToe(ik, new HuishoudenId(id), Objects.requireNonNull(v.versie()),
                new OntzorgenService.NieuweVasteLast(v.soort(), v.begunstigde(), v.bedrag(), v.machtigingOp(),
                        v.tot()));
        // fixed costs are listed in the order they were added, so the new one is the last
        VasteLast nieuw = o.vasteLasten().get(o.vasteLasten().size() - 1);
        return ResponseEntity.created(hier(id, "/vaste-lasten/{item}", nieuw.id())).body(resource(o));
    }

    @GetMapping("/vaste-lasten/{last}")
    @Operation(summary = "Een vaste last",
            description = "Een vaste last die de gemeente betaalt, met soort, begunstigde, bedrag, machtiging en "
                    + "einde. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Zonder zicht op financiën (bijvoorbeeld een regievoerder zonder toestemming van "
                    + "het huishouden) volgt 403. Een onbekende vaste last geeft 404. Het lezen komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "De vaste last")
    OntzorgenResource.VasteLastResource vasteLastLees(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de vaste last", example = "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d")
            @PathVariable UUID last) {
        Ontzorgen o = ontzorgen.lees(ik, new HuishoudenId(id)).ontzorgen();
        if (o == null) {
            throw new NietGevonden();
        }
        return OntzorgenResource.VasteLastResource.from(o.vasteLast(last).orElseThrow(NietGevonden::new));
    }

    @PutMapping("/vaste-lasten/{last}")
    @Operation(operationId = "beeindigVasteLast", summary = "Tot wanneer een vaste last betaald wordt",
            description = "Zet tot en met wanneer de gemeente een vaste last betaalt; zonder datum loopt hij weer. "
                    + "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die "
                    + "van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. "
                    + "Zonder zicht op financiën (bijvoorbeeld een regievoerder zonder toestemming van het "
                    + "huishouden) volgt 403. Alleen de budgetcoach van de gemeente van het huishouden legt vast; "
                    + "anders 422 (ontzorgen.niet-toegestaan). Een verouderde versie geeft 409 en wijzigt niets. Een "
                    + "onbekende vaste last geeft 404; een einde voor de machtiging of meer dan twee jaar "
                    + "vooruit 422. Een ontbrekende versie geeft 400. Het komt in het verwerkingslog en het "
                    + "regieoverzicht wordt bijgewerkt.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    OntzorgenResource vasteLastEinde(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de vaste last", example = "8b7a6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d")
            @PathVariable UUID last, @Valid @RequestBody OntzorgenRequests.VasteLastEinde v) {
        return resource(ontzorgen.beeindigVasteLast(ik, new HuishoudenId(id), Objects.requireNonNull(v.versie()),
                last, v.tot()));
    }

    @PutMapping("/maanden/{maand}")
    @Operation(operationId = "zetMaandstand", summary = "De stand van een maand van de periode",
            description = "Betaald, achterstand of niet van toepassing, met een notitie; de maand als jjjj-mm. Alleen "
                    + "voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van "
                    + "het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. "
                    + "Zonder zicht op financiën (bijvoorbeeld een regievoerder zonder toestemming van het "
                    + "huishouden) volgt 403. Alleen de budgetcoach van de gemeente van het huishouden legt vast; "
                    + "anders 422 (ontzorgen.niet-toegestaan). Een verouderde versie geeft 409 en wijzigt niets. "
                    + "Een maand die geen jjjj-mm is geeft 400. Ook 422: een maand buiten de periode, een maand na "
                    + "deze maand, "
                    + "geen stand, een notitie langer dan 2000 tekens. Een ontbrekende versie geeft 400. Het komt in "
                    + "het verwerkingslog en het regieoverzicht wordt bijgewerkt.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    OntzorgenResource maand(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "jjjj-mm", example = "2026-03") @PathVariable String maand,
            @Valid @RequestBody OntzorgenRequests.Maand m) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(maand);
        }
        catch (DateTimeParseException fout) {
            throw new OngeldigeParameter("maand", "ontzorgen.maand.formaat");
        }
        return resource(ontzorgen.zetMaand(ik, new HuishoudenId(id), Objects.requireNonNull(m.versie()), ym,
                m.status(), m.notitie()));
    }

    @PostMapping("/coachgesprekken")
    @Operation(operationId = "voegCoachgesprekToe", summary = "Een budgetcoachgesprek vastleggen (gepland of gehouden)",
            description = "Legt een gesprek op weg naar zelf betalen vast; geplande en gehouden gesprekken tellen "
                    + "mee voor de overgang. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Zonder zicht op financiën (bijvoorbeeld een regievoerder zonder "
                    + "toestemming van het huishouden) volgt 403. Alleen de budgetcoach van de gemeente van het "
                    + "huishouden legt vast; anders 422 (ontzorgen.niet-toegestaan). Een verouderde versie geeft 409 "
                    + "en wijzigt niets. Ook 422: geen datum, een datum voor 2000 of ver vooruit, gehouden "
                    + "in de toekomst, geen of een te lang onderwerp (tot 200 tekens), een notitie langer dan 2000 "
                    + "tekens. Een ontbrekende versie geeft 400. Location wijst naar het nieuwe gesprek; het "
                    + "antwoord is het hele ontzorgen. Het komt in het verwerkingslog en het regieoverzicht wordt bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; het antwoord is het hele ontzorgen",
            headers = @Header(name = "Location", description = "adres van het nieuwe gesprek",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/ontzorgen/"
                                    + "coachgesprekken/2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a")))
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    ResponseEntity<OntzorgenResource> gesprek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id, @Valid @RequestBody OntzorgenRequests.Gesprek g) {
        Ontzorgen o = ontzorgen.voegGesprekToe(ik, new HuishoudenId(id), Objects.requireNonNull(g.versie()),
                new OntzorgenService.NieuwGesprek(g.datum(), g.status(), g.onderwerp(), g.notitie()));
        // sessions are listed by date; the new one is the one with the data just sent (identical twins are alike)
        GesprekStatus status = g.status() == null ? GesprekStatus.GEPLAND : g.status();
        Coachgesprek nieuw = o.gesprekken().stream()
            .filter(x -> x.datum().equals(g.datum()) && x.status() == status
                    && x.onderwerp().equals(Objects.requireNonNull(g.onderwerp()).strip()))
            .reduce((a, b) -> b).orElseThrow();
        return ResponseEntity.created(hier(id, "/coachgesprekken/{item}", nieuw.id())).body(resource(o));
    }

    @GetMapping("/coachgesprekken/{gesprek}")
    @Operation(summary = "Een budgetcoachgesprek",
            description = "Een gesprek op weg naar zelf betalen: datum, stand, onderwerp en notitie. Alleen voor wie "
                    + "het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen "
                    + "team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die "
                    + "van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op "
                    + "financiën (bijvoorbeeld een regievoerder zonder toestemming van het huishouden) volgt 403. "
                    + "Een onbekend gesprek geeft 404. Het lezen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "Het gesprek")
    OntzorgenResource.GesprekResource gesprekLees(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van het gesprek", example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a")
            @PathVariable UUID gesprek) {
        Ontzorgen o = ontzorgen.lees(ik, new HuishoudenId(id)).ontzorgen();
        if (o == null) {
            throw new NietGevonden();
        }
        return OntzorgenResource.GesprekResource.from(o.gesprek(gesprek).orElseThrow(NietGevonden::new));
    }

    @PutMapping("/coachgesprekken/{gesprek}")
    @Operation(operationId = "zetCoachgesprekStand", summary = "Een gesprek gehouden of afgezegd melden",
            description = "Zet de stand van een gesprek: GEPLAND, GEHOUDEN of AFGEZEGD (telt niet mee voor de "
                    + "overgang). Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Zonder zicht op financiën (bijvoorbeeld een regievoerder zonder toestemming van "
                    + "het huishouden) volgt 403. Alleen de budgetcoach van de gemeente van het huishouden legt vast; "
                    + "anders 422 (ontzorgen.niet-toegestaan). Een verouderde versie geeft 409 en wijzigt niets. Een "
                    + "onbekend gesprek geeft 404; geen stand, of gehouden terwijl de datum nog "
                    + "moet komen, 422. Een ontbrekende versie geeft 400. Het komt in het verwerkingslog en het "
                    + "regieoverzicht wordt bijgewerkt.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    OntzorgenResource gesprekStand(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van het gesprek", example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a")
            @PathVariable UUID gesprek, @Valid @RequestBody OntzorgenRequests.GesprekStand g) {
        return resource(ontzorgen.zetGesprekStatus(ik, new HuishoudenId(id), Objects.requireNonNull(g.versie()),
                gesprek, g.status()));
    }

    private OntzorgenResource resource(Ontzorgen o) {
        return OntzorgenResource.from(o, ontzorgen.norm(), ontzorgen.weken(), LocalDate.now(clock));
    }

    private static URI hier(UUID id, String deel, UUID item) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/v1/huishoudens/{id}/ontzorgen" + deel).build(id, item);
    }

    private static URI hier(UUID id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/huishoudens/{id}/ontzorgen")
            .build(id);
    }
}
