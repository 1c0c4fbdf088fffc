package nl.wegwijs.afsluiting.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.afsluiting.Blok;
import nl.wegwijs.afsluiting.Hulpvraag;
import nl.wegwijs.afsluiting.Overdracht;
import nl.wegwijs.afsluiting.OverdrachtService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

/**
 * The warm handover through {@link OverdrachtService}, as the handover pages: the guide's side (start, complete,
 * share, plan the driegesprek, withdraw) and the receiving wijkteam's (inbox, read, plan, accept or refuse, later
 * hulpvragen).
 * A household or handover the acting medewerker may not see does not exist (404); the inbox is the wijkteam's only
 * (other roles 403); a refused rule is a 422 and a stale version a 409, nothing written.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Warme overdracht", description = "De warme overdracht aan het sociaal wijkteam: een samenvatting uit de "
        + "vastgelegde gegevens die de begeleider nakijkt en aanvult, alleen gedeeld met toestemming, eventueel met "
        + "een driegesprek, geaccepteerd door het wijkteam (dan sluit de begeleiding af), en daarna de hulpvragen van "
        + "het huishouden aan het wijkteam.")
class OverdrachtApiController {

    private static final String ZICHT = "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
            + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
            + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: de huishoudens die het warm "
            + "overgedragen kreeg); anders 404.";
    private static final String GIDS = " Dit doet de begeleider of teamleider van een lopend traject; anders 422 "
            + "(afsluiting.overdracht.niet-toegestaan, traject.afgesloten). Wie het huishouden niet ziet krijgt 404. "
            + "Geef de versie mee die u het laatst las; verouderd: 409.";
    private static final String OVERDRACHT_ID = "id van de overdracht";
    private static final String OVERDRACHT_VB = "3b4c5d6e-7f80-4a1b-9c2d-3e4f5a6b7c8d";

    private final OverdrachtService overdrachten;

    OverdrachtApiController(OverdrachtService overdrachten) {
        this.overdrachten = overdrachten;
    }

    // --- the guide

    @GetMapping("/huishoudens/{id}/overdracht")
    @Operation(operationId = "overdrachtVanHuishouden", summary = "De overdracht van een huishouden (begeleider)",
            description = "De lopende of geaccepteerde overdracht, of (zonder overdracht) de samenvatting zoals die "
                    + "nu uit de vastgelegde gegevens gemaakt zou worden; de ontvangers waaruit u kiest (het sociaal "
                    + "wijkteam van de gemeente en wijkteams met een account op de sociale kaart), elk met of er "
                    + "geldige toestemming voor overdracht is en welke gegevens die noemt; de werkwijze van het "
                    + "contract. " + ZICHT + " Het lezen komt in het verwerkingslog, zoals de pagina van de "
                    + "overdracht.")
    OverdrachtRequests.OverdrachtVoorbereidingResource voorbereiding(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id) {
        return OverdrachtRequests.OverdrachtVoorbereidingResource.from(overdrachten.pagina(ik, new HuishoudenId(id)));
    }

    @PostMapping("/huishoudens/{id}/overdracht")
    @Operation(operationId = "startOverdracht", summary = "Een warme overdracht beginnen (begeleider of teamleider)",
            description = "Maakt een concept met een samenvatting uit de vastgelegde gegevens van nu, voor een van "
                    + "de ontvangers van GET /huishoudens/{id}/overdracht, en legt het besluit om over te dragen "
                    + "vast. Eén lopende overdracht per traject. " + ZICHT + " Beginnen mag de begeleider of "
                    + "teamleider van een lopend traject; anders 422 (afsluiting.overdracht.niet-toegestaan, "
                    + "traject.afgesloten). Ook 422: een onbekende ontvanger (afsluiting.overdracht.ontvanger), al een "
                    + "lopende overdracht (afsluiting.overdracht.al-lopend); er wordt dan niets opgeslagen. De "
                    + "overdracht komt in het verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Begonnen; Location wijst naar de nieuwe overdracht",
            headers = @Header(name = "Location", description = "adres van de overdracht", schema = @Schema(
                    type = "string", format = "uri", example = "/api/v1/overdrachten/" + OVERDRACHT_VB)))
    ResponseEntity<OverdrachtResource> start(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Valid @RequestBody OverdrachtRequests.OverdrachtStartRequest start) {
        Overdracht o = overdrachten.maakConcept(ik, new HuishoudenId(id), start.ontvanger(),
                Boolean.TRUE.equals(start.hulpvraag()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/v1/overdrachten/{id}").build(o.id())).body(OverdrachtResource.from(o));
    }

    @GetMapping("/overdrachten/{id}")
    @Operation(operationId = "overdracht", summary = "Eén warme overdracht",
            description = "Voor het ontvangende wijkteam zodra de overdracht met zijn organisatie is gedeeld (ook "
                    + "na het accepteren, niet meer na het afwijzen), en voor wie het huishouden begeleidt (uitvoerder) of regisseert "
                    + "(regievoerder); anderen 404. Na het delen staan in de samenvatting alleen de blokken die de "
                    + "toestemming toestaat. Het lezen komt in het verwerkingslog, één regel per persoon.")
    OverdrachtResource overdracht(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id) {
        return OverdrachtResource.from(overdrachten.open(ik, id).overdracht());
    }

    @PutMapping("/overdrachten/{id}")
    @Operation(operationId = "vulOverdrachtAan", summary = "Het concept van een overdracht nakijken en aanvullen",
            description = "Of er een hulpvraag is, en per blok een korte aanvulling (tot 500 tekens; geen verslag: "
                    + "de samenvatting komt uit de gegevens). Met vernieuw: true wordt de samenvatting opnieuw "
                    + "gemaakt uit de gegevens van nu. Alleen een concept; een gedeelde overdracht: 422."
                    + GIDS + " Het wijzigen komt in het verwerkingslog.")
    OverdrachtResource vulAan(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id,
            @Valid @RequestBody OverdrachtRequests.OverdrachtWijziging wijziging) {
        Map<Blok, String> aanvullingen = new EnumMap<>(Blok.class);
        if (wijziging.aanvullingen() != null) {
            aanvullingen.putAll(wijziging.aanvullingen());
        }
        return OverdrachtResource.from(overdrachten.vulAan(ik, id, Objects.requireNonNull(wijziging.versie()),
                Objects.requireNonNull(wijziging.hulpvraag()), aanvullingen,
                Boolean.TRUE.equals(wijziging.vernieuw())));
    }

    @PostMapping("/overdrachten/{id}/deling")
    @Operation(operationId = "deelOverdracht", summary = "De nagekeken overdracht delen met de ontvanger",
            description = "Alleen met geldige toestemming voor overdracht (doel OVERDRACHT) van elke volwassene van "
                    + "het huishouden voor de ontvangende organisatie; de blokken waarvan de toestemming de gegevens "
                    + "niet noemt, gaan niet mee. Zonder toestemming of niet nagekeken: 422 "
                    + "(afsluiting.overdracht.geen-toestemming, afsluiting.overdracht.niet-nagekeken), er wordt niets "
                    + "gedeeld. Daarna staat de overdracht in de inbox van het wijkteam." + GIDS + " Het delen komt "
                    + "in het verwerkingslog.")
    OverdrachtResource deel(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id,
            @Valid @RequestBody OverdrachtRequests.OverdrachtDelingRequest deling) {
        return OverdrachtResource.from(overdrachten.deel(ik, id, Objects.requireNonNull(deling.versie()),
                Boolean.TRUE.equals(deling.nagekeken())));
    }

    @PutMapping("/overdrachten/{id}/driegesprek")
    @Operation(operationId = "planDriegesprek", summary = "Het driegesprek plannen of verzetten",
            description = "Door de begeleider of teamleider van het lopende traject, of door het ontvangende "
                    + "wijkteam; anders 404 (wie de overdracht niet ziet) of 422. Alleen een gedeelde overdracht. Ook "
                    + "422: geen datum, een datum voor het delen of te ver weg, geen deelnemers. Geef de versie mee "
                    + "die u het laatst las; verouderd: 409. Het plannen komt in het verwerkingslog.")
    OverdrachtResource planDriegesprek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id,
            @Valid @RequestBody OverdrachtRequests.DriegesprekRequest driegesprek) {
        return OverdrachtResource.from(overdrachten.planDriegesprek(ik, id,
                Objects.requireNonNull(driegesprek.versie()), driegesprek.op(), driegesprek.deelnemers()));
    }

    @PostMapping("/overdrachten/{id}/intrekking")
    @Operation(operationId = "trekOverdrachtTerug", summary = "Een overdracht terugtrekken, met de reden",
            description = "Zolang het wijkteam haar niet accepteerde; daarna kan een nieuwe overdracht beginnen. "
                    + "Zonder reden, al geaccepteerd of al afgewezen door het wijkteam: 422." + GIDS + " Het terugtrekken komt in het "
                    + "verwerkingslog.")
    OverdrachtResource trekTerug(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id,
            @Valid @RequestBody OverdrachtRequests.OverdrachtIntrekkingRequest intrekking) {
        return OverdrachtResource.from(overdrachten.trekTerug(ik, id, Objects.requireNonNull(intrekking.versie()),
                intrekking.reden()));
    }

    // --- the wijkteam

    @GetMapping(path = "/overdrachten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "overdrachtenInbox", summary = "De overdrachten die op uw wijkteam wachten, per pagina",
            description = "De warme overdrachten die met de organisatie van uw wijkteam zijn gedeeld en nog niet "
                    + "zijn geaccepteerd (GEDEELD of DRIEGESPREK_GEPLAND), oudste eerst, per pagina (keyset). Geen "
                    + "filters of sortering: het is een inbox. Het veld volgende is de volledige URL van de volgende "
                    + "pagina, of null op de laatste pagina. Een onbekende parameter of een aantal buiten 1 tot en met "
                    + "100 geeft 400. Alleen voor de rol wijkteam; andere rollen 403. Vastgelegd in het "
                    + "verwerkingslog: één regel per persoon van elke getoonde overdracht.")
    OverdrachtResource.OverdrachtInboxPagina inbox(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "Het id van de laatste overdracht van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = OVERDRACHT_VB)
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel overdrachten per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        if (!ik.heeftRol(Rol.WIJKTEAM)) {
            throw new AccessDeniedException("de inbox van overdrachten is van het wijkteam");
        }
        return OverdrachtResource.OverdrachtInboxPagina.van(overdrachten.inbox(ik, na, aantal));
    }

    @PostMapping("/overdrachten/{id}/acceptatie")
    @Operation(operationId = "accepteerOverdracht", summary = "Een overdracht accepteren (het ontvangende wijkteam)",
            description = "De overdracht is geaccepteerd en de begeleiding sluit in dezelfde stap af als "
                    + "OVERGEDRAGEN met reden WARME_OVERDRACHT; het dossier is daarna alleen nog te lezen, ook voor "
                    + "het accepterende wijkteam (ook als dat niet van de gemeente zelf is). Alleen voor het "
                    + "wijkteam van de ontvangende organisatie; anderen 404. Met een hulpvraag en een driegesprek "
                    + "als werkwijze: eerst het driegesprek plannen, anders 422 (afsluiting.overdracht.eerst-"
                    + "driegesprek); al geaccepteerd of teruggetrokken: 422. Weigert het wijkteam: POST "
                    + "/overdrachten/{id}/afwijzing. Geef de versie mee die u het laatst las; "
                    + "verouderd: 409. Het accepteren komt in het verwerkingslog; werklijst en regieoverzicht "
                    + "volgen.")
    OverdrachtResource accepteer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id,
            @Valid @RequestBody OverdrachtRequests.OverdrachtAcceptatieRequest acceptatie) {
        return OverdrachtResource.from(overdrachten.accepteer(ik, id, Objects.requireNonNull(acceptatie.versie())));
    }

    @PostMapping("/overdrachten/{id}/afwijzing")
    @Operation(operationId = "wijsOverdrachtAf", summary = "Een overdracht afwijzen, met de reden (het ontvangende "
            + "wijkteam)", description = "Waar het wijkteam de overdracht kan accepteren (GEDEELD of "
                    + "DRIEGESPREK_GEPLAND, ook voor een vereist driegesprek) kan het haar ook afwijzen, met een reden "
                    + "die de begeleider leest. Er sluit niets af: de begeleiding loopt door. De afgewezen overdracht "
                    + "is definitief (stand AFGEWEZEN) en blijft zoals zij gedeeld was; zij staat niet meer in de inbox "
                    + "en het wijkteam kan haar daarna niet meer openen (404). De begeleider die haar deelde krijgt "
                    + "een melding, ziet de afwijzing bij GET /huishoudens/{id}/overdracht (veld afgewezen) en begint "
                    + "zo nodig een nieuwe overdracht. Alleen voor het wijkteam van de ontvangende organisatie; "
                    + "anderen 404. Zonder reden of een te lange reden: 422 (afsluiting.overdracht.afwijzen.reden."
                    + "leeg, afsluiting.overdracht.afwijzen.reden.lang), er wordt niets opgeslagen. Geef de versie "
                    + "mee die u het laatst las; verouderd: 409. Het afwijzen komt in het verwerkingslog.")
    OverdrachtResource wijsAf(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id,
            @Valid @RequestBody OverdrachtRequests.OverdrachtAfwijzingRequest afwijzing) {
        return OverdrachtResource.from(overdrachten.wijsAf(ik, id, Objects.requireNonNull(afwijzing.versie()),
                afwijzing.reden()));
    }

    @GetMapping("/overdrachten/{id}/hulpvragen")
    @Operation(operationId = "hulpvragenNaOverdracht", summary = "De hulpvragen van het huishouden na de overdracht",
            description = "Nieuwste eerst, niet gepagineerd (een huishouden komt met enkele vragen). Voor het "
                    + "ontvangende wijkteam na het accepteren (daarvoor een lege lijst), en voor de begeleiding en "
                    + "de regievoerder van het huishouden; anderen 404. Het lezen komt in het verwerkingslog.")
    List<OverdrachtResource.HulpvraagResource> hulpvragen(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id) {
        return overdrachten.open(ik, id).hulpvragen().stream().map(OverdrachtResource.HulpvraagResource::from)
            .toList();
    }

    @PostMapping("/overdrachten/{id}/hulpvragen")
    @Operation(operationId = "legHulpvraagVast", summary = "Een latere hulpvraag van het huishouden vastleggen "
            + "(wijkteam)", description = "Per soort, voor de vergelijking van cohorten na de begeleiding. Alleen "
                    + "door het wijkteam van de ontvangende organisatie (anderen 404), na het accepteren, en alleen "
                    + "zolang een toestemming waarop de overdracht rust nog geldt; anders 422 "
                    + "(afsluiting.hulpvraag.eerst-accepteren, afsluiting.hulpvraag.geen-toestemming). Ook 422: geen "
                    + "soort of datum, een datum in de toekomst, een te lange toelichting; er wordt dan niets "
                    + "opgeslagen. De hulpvraag komt in het verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de hulpvragen van de overdracht",
            headers = @Header(name = "Location", description = "adres van de hulpvragen", schema = @Schema(
                    type = "string", format = "uri",
                    example = "/api/v1/overdrachten/" + OVERDRACHT_VB + "/hulpvragen")))
    ResponseEntity<OverdrachtResource.HulpvraagResource> legHulpvraagVast(
            @Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = OVERDRACHT_ID, example = OVERDRACHT_VB) @PathVariable UUID id,
            @Valid @RequestBody OverdrachtRequests.HulpvraagRequest vraag) {
        Hulpvraag h = overdrachten.legHulpvraagVast(ik, id, vraag.soort(), vraag.op(), vraag.toelichting());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
            .body(OverdrachtResource.HulpvraagResource.from(h));
    }
}
