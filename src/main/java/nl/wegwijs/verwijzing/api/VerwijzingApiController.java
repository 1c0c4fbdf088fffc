package nl.wegwijs.verwijzing.api;

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
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.verwijzing.Verwijzing;
import nl.wegwijs.verwijzing.VerwijzingService;
import nl.wegwijs.verwijzing.VerwijzingStatus;

/**
 * Referrals, through the same {@link VerwijzingService} methods as the screens. A household the acting medewerker may
 * not see does not exist (404); a referral is data of category SIGNALEN (without it: 403 naming the category); making,
 * sending and finishing need a guiding role on an open trajectory (otherwise 422, as the screens); sending needs a
 * DOORVERWIJZING consent (without it 422 naming the category and the purpose, nothing written); the receiving
 * wijkteam reads and answers what was sent to its services; a stale version is a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Verwijzingen", description = "Verwijzingen van een persoon of huishouden naar een dienst van de sociale "
        + "kaart: reden, warm of koud, toestemming, de stappen met hun datum, en de inbox van het wijkteam.")
class VerwijzingApiController {

    private static final String WIE_ZIET = "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
            + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
            + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
            + "huishoudens); anders 404. Verwijzingen horen bij de gegevenssoort SIGNALEN: wie die alleen met "
            + "toestemming mag zien en die niet heeft, krijgt 403 met gegevenssoort.";
    private static final String WIE_VERWIJST = "Verwijzen, versturen en afronden mag wie het huishouden begeleidt "
            + "(vrijwilliger als toegewezen, begeleider, teamleider, regievoerder, budgetcoach) zolang het traject "
            + "loopt; anders 422 "
            + "(verwijzing.niet-toegestaan of verwijzing.traject-afgesloten).";
    private static final String TOESTEMMING = "Versturen vraagt een geldige toestemming met doel DOORVERWIJZING: bij "
            + "een dienst in Wegwijs uit het toestemmingsregister (van de verwezen persoon, of van elke volwassene "
            + "bij het hele huishouden) voor de organisatie van de dienst of haar wijkteam; bij een andere dienst "
            + "vastgelegd op de verwijzing (toestemmingWijze en toestemmingOp, de datum niet in de toekomst). Zonder "
            + "toestemming 422 met code verwijzing.toestemming.ontbreekt of verwijzing.toestemming.extern-ontbreekt, "
            + "gegevenssoort SIGNALEN en doel DOORVERWIJZING; er is dan niets opgeslagen.";

    private final VerwijzingService service;

    VerwijzingApiController(VerwijzingService service) {
        this.service = service;
    }

    @GetMapping("/huishoudens/{id}/verwijzingen")
    @Operation(summary = "De verwijzingen van een huishouden, per pagina",
            description = "Nieuwste eerst (keyset), met de stand en de datum van elke stap. Geen filters of "
                    + "sortering: de lijst hoort bij één huishouden. " + WIE_ZIET + " Het veld volgende is de "
                    + "volledige URL van de volgende pagina, of null op de laatste pagina. Een onbekende parameter of "
                    + "een aantal buiten 1 tot en met 100 geeft 400. Vastgelegd in het verwerkingslog.")
    VerwijzingPagina lijst(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "Het id van de laatste verwijzing van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel verwijzingen per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        VerwijzingService.Pagina pagina = service.pagina(ik, new HuishoudenId(id), na, aantal);
        if (!pagina.inzage().magZien(Gegevenssoort.SIGNALEN)) {
            throw new ToestemmingNodig(Gegevenssoort.SIGNALEN.name());
        }
        return VerwijzingPagina.van(pagina.verwijzingen().stream().map(VerwijzingResource::from).toList(),
                pagina.volgende());
    }

    @PostMapping("/huishoudens/{id}/verwijzingen")
    @Operation(summary = "Een persoon of het huishouden verwijzen naar een dienst van de sociale kaart",
            description = "Vanuit het dossier of een signaal (signaalId), naar een actieve dienst van de sociale "
                    + "kaart van de gemeente van het huishouden, met de reden, warm of koud. Meteen verstuurd, tenzij "
                    + "versturen false is (dan AANGEMAAKT, versturen kan later). " + TOESTEMMING + " " + WIE_ZIET
                    + " " + WIE_VERWIJST + " Ook 422: een persoon buiten het huishouden, een dienst van een andere "
                    + "gemeente of een gedeactiveerde dienst, een toestemming met maar een van wijze en datum. Zonder "
                    + "dienst of reden, of een reden langer dan 2000 tekens, volgt 400. Een dienst in Wegwijs krijgt "
                    + "de verwijzing in de inbox van haar wijkteam. Het komt in het verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Gemaakt (en verstuurd); Location wijst naar de nieuwe verwijzing",
            headers = @Header(name = "Location", description = "adres van de nieuwe verwijzing",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/verwijzingen/4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")))
    ResponseEntity<VerwijzingResource> maak(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id, @Valid @RequestBody VerwijzingRequest verwijzing) {
        Verwijzing v = service.maak(ik, new HuishoudenId(id), verwijzing.toNieuw());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/verwijzingen/{id}").build(v.id())).body(VerwijzingResource.from(v));
    }

    @GetMapping("/verwijzingen/{id}")
    @Operation(summary = "Eén verwijzing",
            description = "Met de stand, de datum van elke stap en de versie voor de volgende stap. Het ontvangende "
                    + "wijkteam (rol WIJKTEAM van de organisatie van de dienst) leest een verstuurde verwijzing aan "
                    + "zijn diensten, niet een die nog niet verstuurd is of die is ingetrokken; anderen lezen haar via "
                    + "het huishouden. " + WIE_ZIET + " Het lezen komt in het verwerkingslog, per betrokken persoon.")
    VerwijzingResource verwijzing(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de verwijzing", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")
            @PathVariable UUID id) {
        return VerwijzingResource.from(service.find(ik, id).verwijzing());
    }

    @PostMapping("/verwijzingen/{id}/verzending")
    @Operation(summary = "Een aangemaakte verwijzing versturen",
            description = "AANGEMAAKT wordt VERSTUURD, met vandaag als verzenddatum. " + TOESTEMMING + " Met de "
                    + "versie die u het laatst las; is die verouderd, dan 409. Een verwijzing die al verstuurd is "
                    + "geeft 422 (verwijzing.status.overgang). " + WIE_ZIET + " " + WIE_VERWIJST + " Het komt in het "
                    + "verwerkingslog; het wijkteam van een dienst in Wegwijs krijgt een melding.")
    VerwijzingResource verstuur(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de verwijzing", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")
            @PathVariable UUID id, @Valid @RequestBody VerwijzingVerzendingRequest verzending) {
        return VerwijzingResource.from(service.verstuur(ik, id, Objects.requireNonNull(verzending.versie()),
                VerwijzingRequest.extern(verzending.toestemmingWijze(), verzending.toestemmingOp())));
    }

    @PostMapping("/verwijzingen/{id}/antwoord")
    @Operation(summary = "Het antwoord van de dienst: geaccepteerd, afgewezen of wachtlijst",
            description = "Op een verstuurde verwijzing (of een op de wachtlijst): GEACCEPTEERD, AFGEWEZEN (met de "
                    + "reden in toelichting) of WACHTLIJST; de datum telt voor de wachttijd. Bij een dienst in Wegwijs "
                    + "antwoordt alleen haar wijkteam (de begeleider krijgt een melding; een begeleider die dat "
                    + "probeert krijgt 422 verwijzing.antwoord.door-ontvanger); bij een andere dienst legt de "
                    + "begeleider vast wat de dienst zei. Met de versie die u het laatst las; is die verouderd, dan "
                    + "409. Ook 422: een ander antwoord, afwijzen zonder reden, een stand die geen antwoord meer "
                    + "toelaat (verwijzing.status.overgang). Zonder antwoord, of met een toelichting langer dan 2000 "
                    + "tekens, volgt 400; zonder versie (en If-Match) 428. Een wijkteam van een andere organisatie "
                    + "krijgt 404. Het komt in het verwerkingslog.")
    VerwijzingResource beantwoord(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de verwijzing", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")
            @PathVariable UUID id, @Valid @RequestBody VerwijzingAntwoordRequest antwoord) {
        VerwijzingStatus status = Objects.requireNonNull(antwoord.antwoord());
        return VerwijzingResource.from(service.beantwoord(ik, id, Objects.requireNonNull(antwoord.versie()), status,
                antwoord.toelichting()));
    }

    @PostMapping("/verwijzingen/{id}/afronding")
    @Operation(summary = "Een verwijzing afronden, met de uitkomst",
            description = "Door de begeleider: de verwijzing is klaar (of de begeleider trekt haar in), met de "
                    + "uitkomst als toelichting. Kan vanuit elke stand behalve AFGEROND en INGETROKKEN (422 "
                    + "verwijzing.status.overgang). Met de versie die u het laatst las; is die verouderd, dan 409. "
                    + WIE_ZIET + " " + WIE_VERWIJST + " Een uitkomst langer dan 2000 tekens geeft 400. Het komt in "
                    + "het verwerkingslog.")
    VerwijzingResource rondAf(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de verwijzing", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")
            @PathVariable UUID id, @Valid @RequestBody VerwijzingAfrondingRequest afronding) {
        return VerwijzingResource.from(service.rondAf(ik, id, Objects.requireNonNull(afronding.versie()),
                afronding.uitkomst()));
    }

    @GetMapping("/verwijzingen")
    @Operation(summary = "De inbox van het wijkteam: verwijzingen aan de diensten van uw organisatie",
            description = "Alleen voor de rol WIJKTEAM (andere rollen: 403): de verstuurde verwijzingen aan de "
                    + "diensten van uw organisatie, laatst verstuurd eerst (keyset), met de naam van de verwezen "
                    + "persoon (bij het hele huishouden de hoofdpersoon). Met open=true (standaard) alleen die op een "
                    + "antwoord wachten (VERSTUURD of WACHTLIJST), met open=false alle. Een ingetrokken verwijzing "
                    + "(de toestemming is ingetrokken) staat er nooit in. Het veld volgende is de volledige URL van "
                    + "de volgende pagina met hetzelfde filter, of null op de laatste pagina. Een onbekende parameter "
                    + "of een aantal buiten 1 tot en met 100 geeft 400. Vastgelegd in het verwerkingslog: één regel "
                    + "per getoonde verwijzing, voor de persoon die de regel noemt.")
    VerwijzingInboxPagina inbox(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "true: alleen die op een antwoord wachten; false: alle", example = "true")
            @RequestParam(defaultValue = "true") boolean open,
            @Parameter(description = "Het id van de laatste verwijzing van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel verwijzingen per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        if (ik.rol() != Rol.WIJKTEAM) {
            throw new AccessDeniedException("de inbox is van het ontvangende wijkteam");
        }
        VerwijzingService.Inbox inbox = service.inbox(ik, open, na, aantal);
        return VerwijzingInboxPagina.van(inbox.verwijzingen().stream()
            .map(v -> InboxVerwijzingResource.from(v, inbox.namen().getOrDefault(v.id(), ""), inbox.vandaag()))
            .toList(), inbox.volgende());
    }
}
