package nl.wegwijs.tevredenheid.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.OngeldigeParameter;
import nl.wegwijs.tevredenheid.Moment;
import nl.wegwijs.tevredenheid.TevredenheidService;
import nl.wegwijs.tevredenheid.Vraag;
import nl.wegwijs.tevredenheid.api.TevredenheidResources.TevredenheidRapportResource;
import nl.wegwijs.tevredenheid.api.TevredenheidResources.TevredenheidResource;
import nl.wegwijs.tevredenheid.api.TevredenheidResources.TevredenheidVragenlijstResource;

/**
 * Client satisfaction through the same {@link TevredenheidService} methods as the screens: the questions, a
 * household's questionnaire (404 for a household the reader may not see; recorded once by the guidance while open,
 * otherwise 422 with nothing written) and the aggregate report (403 for a role without it; groups under five without
 * figures, as on the page).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tevredenheid", description = "De tevredenheidsvragen na het eerste jaar (of aan het einde van een "
        + "kortere begeleiding), per huishouden één keer ingevuld, en het rapport met alleen totalen.")
class TevredenheidApiController {

    private final TevredenheidService service;
    private final Meldingen meldingen;
    private final Clock clock;

    TevredenheidApiController(TevredenheidService service, Meldingen meldingen, Clock clock) {
        this.service = service;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/tevredenheid/vragen")
    @Operation(operationId = "tevredenheidVragen", summary = "De tevredenheidsvragen en de schaal",
            description = "De zes vragen in gewone taal (in de taal van het verzoek, lang=en voor Engels) en de "
                    + "schaal van 1 (helemaal niet) tot en met 5 (ja, helemaal), zoals op het scherm. Geen gegevens "
                    + "van personen: voor elke aangemelde medewerker, er wordt niets vastgelegd.")
    @ApiResponse(responseCode = "200", description = "De vragen en de schaal")
    TevredenheidVragenlijstResource vragen(@Parameter(hidden = true) @Ingelogd Medewerker ik) {
        return TevredenheidVragenlijstResource.van(meldingen);
    }

    @GetMapping("/huishoudens/{id}/tevredenheid")
    @Operation(operationId = "leesTevredenheid", summary = "De tevredenheidsvragen van een huishouden",
            description = "Wanneer de vragen aan de beurt zijn (na het eerste jaar, of aan het einde als de "
                    + "begeleiding korter is), vanaf wanneer ze kunnen worden ingevuld, of ze al zijn ingevuld en of "
                    + "u ze nu mag vastleggen. Nooit de antwoorden. Alleen voor wie het huishouden mag zien "
                    + "(vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Het lezen komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "De stand van de tevredenheidsvragen")
    TevredenheidResource lees(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id) {
        return TevredenheidResource.van(service.lees(ik, new HuishoudenId(id)));
    }

    @PostMapping("/huishoudens/{id}/tevredenheid")
    @Operation(operationId = "legTevredenheidVast", summary = "De antwoorden op de tevredenheidsvragen vastleggen",
            description = "Legt de antwoorden van het huishouden vast voor het moment dat aan de beurt is, met de "
                    + "datum van vandaag; één keer per huishouden en moment. De antwoorden zijn daarna niet meer per "
                    + "huishouden te lezen: ze tellen alleen mee in het rapport. Alleen voor wie het huishouden mag "
                    + "zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Alleen de begeleiding aan de kant "
                    + "van de uitvoerder (vrijwilliger, begeleider, teamleider) legt vast, en niet meer na de "
                    + "afsluiting; anders 422 (tevredenheid.niet-toegestaan). Ook 422, en er wordt niets opgeslagen: "
                    + "de begeleiding is nog niet begonnen (tevredenheid.niet-gestart), het moment is nog niet open "
                    + "(tevredenheid.nog-niet, vanaf 6 weken ervoor), het is al ingevuld (tevredenheid.al-afgenomen), "
                    + "geen wijze (tevredenheid.wijze.leeg), geen enkel antwoord (tevredenheid.antwoord.geen), een "
                    + "antwoord buiten 1 tot en met 5 (tevredenheid.antwoord.buiten-schaal), een antwoord zonder "
                    + "vraag of een vraag twee keer (tevredenheid.antwoord.vraag), een opmerking langer dan 1000 "
                    + "tekens (tevredenheid.opmerking.te-lang). Een onbekende vraag of een antwoord dat geen getal "
                    + "is geeft 400. Location wijst naar de stand van de tevredenheidsvragen van het huishouden; het "
                    + "antwoord is die stand. Het komt in het verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; het antwoord is de nieuwe stand (zonder de "
            + "antwoorden)",
            headers = @Header(name = "Location", description = "adres van de tevredenheidsvragen van het huishouden",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/tevredenheid")))
    @ApiResponse(responseCode = "422", description = "Niet toegestaan, niet open, al ingevuld, of ongeldige "
            + "antwoorden; er is niets opgeslagen")
    ResponseEntity<TevredenheidResource> legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id, @RequestBody TevredenheidRequest verzoek) {
        Map<Vraag, @Nullable Integer> antwoorden = new EnumMap<>(Vraag.class);
        if (verzoek.antwoorden() != null) {
            for (TevredenheidRequest.TevredenheidAntwoordRequest a : verzoek.antwoorden()) {
                if (a.vraag() == null || antwoorden.containsKey(a.vraag())) {
                    throw new DomeinFout("tevredenheid.antwoord.vraag");
                }
                antwoorden.put(a.vraag(), a.waarde());
            }
        }
        HuishoudenId huishouden = new HuishoudenId(id);
        service.legVast(ik, huishouden, new TevredenheidService.Invoer(verzoek.wijze(), antwoorden,
                verzoek.opmerking()));
        URI hier = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/huishoudens/{id}/tevredenheid")
            .build(id);
        return ResponseEntity.created(hier).body(TevredenheidResource.van(service.lees(ik, huishouden)));
    }

    @GetMapping("/tevredenheid/rapport")
    @Operation(operationId = "tevredenheidRapport", summary = "Het tevredenheidsrapport van een jaar (alleen "
            + "totalen)",
            description = "Hetzelfde rapport als de pagina Tevredenheid: voor de teamleider alle huishoudens die de "
                    + "eigen uitvoerder begeleidt, voor regievoerder en beleidsmedewerker alle huishoudens in de "
                    + "eigen gemeente; andere rollen krijgen 403. Altijd het aantal ingevulde vragenlijsten; pas bij "
                    + "5 of meer ook per kwartaal het aantal, per vraag de verdeling over het jaar en het gemiddelde "
                    + "per kwartaal, en de opmerkingen (zonder naam of datum). Ook dan heeft elke groep met minder "
                    + "dan 5 antwoorden (een vraag, een kwartaal) geen cijfers. Nooit de antwoorden van één "
                    + "huishouden; er worden geen gegevens van personen gelezen, dus niets vastgelegd. Een jaar voor "
                    + "2000 of na volgend jaar geeft 400.")
    @ApiResponse(responseCode = "200", description = "Het rapport")
    TevredenheidRapportResource rapport(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "het jaar; leeg: dit jaar", example = "2026")
            @RequestParam(required = false) @Nullable Integer jaar,
            @Parameter(description = "alleen dit moment: EERSTE_JAAR of EINDE; leeg: alle momenten",
                    example = "EERSTE_JAAR")
            @RequestParam(required = false) @Nullable Moment moment) {
        int j = jaar == null ? LocalDate.now(clock).getYear() : jaar;
        TevredenheidService.Rapport r;
        try {
            r = service.rapport(ik, j, moment);
        }
        catch (DomeinFout fout) {
            throw new OngeldigeParameter("jaar", "tevredenheid.api.jaar");
        }
        return TevredenheidRapportResource.van(r, meldingen);
    }
}
