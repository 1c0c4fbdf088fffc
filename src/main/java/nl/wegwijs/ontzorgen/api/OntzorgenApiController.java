package nl.wegwijs.ontzorgen.api;

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
import nl.wegwijs.ontzorgen.Ontzorgen;
import nl.wegwijs.ontzorgen.OntzorgenService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;

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
                    + "overgang naar zelf betalen geregeld is.")
    @ApiResponse(responseCode = "200", description = "Het ontzorgen")
    OntzorgenResource lees(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        OntzorgenService.Stand s = ontzorgen.lees(ik, new HuishoudenId(id));
        if (s.ontzorgen() == null) {
            throw new NietGevonden();
        }
        return resource(s.ontzorgen());
    }

    @PutMapping
    @Operation(operationId = "legOntzorgenVast", summary = "Ontzorgen vastleggen of wijzigen",
            description = "Zonder versie: nieuw vastleggen (201). Met de versie die u het laatst las: start, eerder "
                    + "einde met reden en notitie vervangen. Is de versie verouderd, dan 409 en wordt er niets "
                    + "opgeslagen.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "201", description = "Nieuw vastgelegd")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    ResponseEntity<OntzorgenResource> legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody OntzorgenRequests.Wijziging w) {
        Ontzorgen o = ontzorgen.legVast(ik, new HuishoudenId(id), w.versie(),
                new OntzorgenService.Invoer(w.start(), w.gestoptOp(), w.stopReden(), w.notitie()));
        return w.versie() == null ? ResponseEntity.created(hier(id)).body(resource(o)) : ResponseEntity.ok(resource(o));
    }

    @PostMapping("/vaste-lasten")
    @Operation(operationId = "voegVasteLastToe", summary = "Een vaste last toevoegen die de gemeente betaalt")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; het antwoord is het hele ontzorgen")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    ResponseEntity<OntzorgenResource> vasteLast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody OntzorgenRequests.VasteLast v) {
        Ontzorgen o = ontzorgen.voegVasteLastToe(ik, new HuishoudenId(id), Objects.requireNonNull(v.versie()),
                new OntzorgenService.NieuweVasteLast(v.soort(), v.begunstigde(), v.bedrag(), v.machtigingOp(),
                        v.tot()));
        return ResponseEntity.created(hier(id)).body(resource(o));
    }

    @PutMapping("/vaste-lasten/{last}")
    @Operation(operationId = "beeindigVasteLast", summary = "Tot wanneer een vaste last betaald wordt")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    OntzorgenResource vasteLastEinde(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID last, @Valid @RequestBody OntzorgenRequests.VasteLastEinde v) {
        return resource(ontzorgen.beeindigVasteLast(ik, new HuishoudenId(id), Objects.requireNonNull(v.versie()),
                last, v.tot()));
    }

    @PutMapping("/maanden/{maand}")
    @Operation(operationId = "zetMaandstand", summary = "De stand van een maand van de periode",
            description = "Betaald, achterstand of niet van toepassing, met een notitie; de maand als jjjj-mm.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    OntzorgenResource maand(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Parameter(description = "jjjj-mm", example = "2026-03") @PathVariable String maand,
            @Valid @RequestBody OntzorgenRequests.Maand m) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(maand);
        }
        catch (DateTimeParseException fout) {
            throw new DomeinFout("ontzorgen.maand.buiten-periode");
        }
        return resource(ontzorgen.zetMaand(ik, new HuishoudenId(id), Objects.requireNonNull(m.versie()), ym,
                m.status(), m.notitie()));
    }

    @PostMapping("/coachgesprekken")
    @Operation(operationId = "voegCoachgesprekToe", summary = "Een budgetcoachgesprek vastleggen (gepland of gehouden)")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; het antwoord is het hele ontzorgen")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    ResponseEntity<OntzorgenResource> gesprek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody OntzorgenRequests.Gesprek g) {
        Ontzorgen o = ontzorgen.voegGesprekToe(ik, new HuishoudenId(id), Objects.requireNonNull(g.versie()),
                new OntzorgenService.NieuwGesprek(g.datum(), g.status(), g.onderwerp(), g.notitie()));
        return ResponseEntity.created(hier(id)).body(resource(o));
    }

    @PutMapping("/coachgesprekken/{gesprek}")
    @Operation(operationId = "zetCoachgesprekStand", summary = "Een gesprek gehouden of afgezegd melden")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "409", description = "Iemand anders wijzigde het intussen")
    @ApiResponse(responseCode = "422", description = "Ongeldige invoer, of u bent niet de budgetcoach")
    OntzorgenResource gesprekStand(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID gesprek, @Valid @RequestBody OntzorgenRequests.GesprekStand g) {
        return resource(ontzorgen.zetGesprekStatus(ik, new HuishoudenId(id), Objects.requireNonNull(g.versie()),
                gesprek, g.status()));
    }

    private OntzorgenResource resource(Ontzorgen o) {
        return OntzorgenResource.from(o, ontzorgen.norm(), ontzorgen.weken(), LocalDate.now(clock));
    }

    private static URI hier(UUID id) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/huishoudens/{id}/ontzorgen")
            .build(id);
    }
}
