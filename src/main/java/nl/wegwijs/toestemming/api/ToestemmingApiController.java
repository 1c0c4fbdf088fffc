package nl.wegwijs.toestemming.api;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.toestemming.ToestemmingService;

/**
 * A household's consents. A household the acting medewerker may not see does not exist (404); recording and revoking
 * needs a role that meets the statushouder (otherwise 422, like every domain refusal); a stale version is a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Toestemming", description = "Het toestemmingsregister: per persoon wie welke gegevens mag zien, waarvoor, "
        + "van wanneer tot wanneer en hoe de toestemming is gegeven; intrekbaar, met historie.")
class ToestemmingApiController {

    private final ToestemmingService service;

    ToestemmingApiController(ToestemmingService service) {
        this.service = service;
    }

    @GetMapping("/huishoudens/{id}/toestemmingen")
    @Operation(summary = "De toestemmingen van een huishouden, geldige en eerdere (nieuwste eerst)",
            description = "Zonder filters en niet gepagineerd: de toestemmingen van één huishouden blijven een korte lijst, "
                    + "en wie het register controleert moet ze allemaal samen zien. Wie het huishouden niet ziet "
                    + "krijgt 404.")
    List<ToestemmingResource> lijst(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        LocalDate vandaag = service.vandaag();
        return service.lijst(ik, new HuishoudenId(id)).stream().map(t -> ToestemmingResource.from(t, vandaag))
            .toList();
    }

    @PostMapping("/huishoudens/{id}/toestemmingen")
    @Operation(summary = "Toestemming vastleggen, voor een of meer personen van het huishouden tegelijk",
            description = "Elke persoon krijgt een eigen toestemming. De ontvanger is de gemeente of de uitvoerder "
                    + "van het huishouden, eventueel alleen één rol daarin; bij een verhuizing mag het ook een andere "
                    + "gemeente zijn. Antwoordt 201 met de lijst van nieuwe toestemmingen; Location wijst naar de "
                    + "toestemmingen van het huishouden (het zijn er meer). Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Vastleggen en intrekken mag wie het huishouden begeleidt (vrijwilliger als "
                    + "toegewezen, begeleider, teamleider, regievoerder, budgetcoach) zolang het traject loopt, en "
                    + "het wijkteam; anders 422 (toestemming.niet-toegestaan). Ook 422: een persoon buiten het "
                    + "huishouden, geen gegevens, een einde voor "
                    + "het begin, een controledatum voor het begin, een onbekende ontvanger. Een ontbrekend verplicht "
                    + "veld geeft 400. Elke toestemming komt in het verwerkingslog en geldt meteen voor wat de "
                    + "ontvanger mag zien.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd: één toestemming per persoon; Location wijst naar de "
            + "toestemmingen van het huishouden",
            headers = @Header(name = "Location", description = "adres van de toestemmingen van het huishouden",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/toestemmingen")))
    ResponseEntity<List<ToestemmingResource>> legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id, @Valid @RequestBody ToestemmingRequest verzoek) {
        LocalDate vandaag = service.vandaag();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
            .body(service.legVast(ik, new HuishoudenId(id), verzoek.toNieuw(vandaag)).stream()
                .map(t -> ToestemmingResource.from(t, vandaag)).toList());
    }

    @PostMapping("/toestemmingen/{id}/intrekking")
    @Operation(summary = "Een toestemming intrekken, met de reden",
            description = "Geef de versie mee die u het laatst las. Is die verouderd, dan 409. De toestemming blijft "
                    + "bestaan als historie, met wanneer, door wie en waarom. Antwoordt 200 met de ingetrokken "
                    + "toestemming. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Vastleggen en intrekken mag wie het huishouden begeleidt (vrijwilliger als "
                    + "toegewezen, begeleider, teamleider, regievoerder, budgetcoach) zolang het traject loopt, en "
                    + "het wijkteam; anders 422 (toestemming.niet-toegestaan). Een toestemming die al is ingetrokken "
                    + "of een lege reden geeft 422; "
                    + "zonder versie volgt 400. Het intrekken komt in het verwerkingslog en geldt meteen. Een "
                    + "toestemming met doel DOORVERWIJZING trekt daarbij de open verwijzingen in die erop rustten "
                    + "(stand INGETROKKEN; het ontvangende wijkteam ziet ze niet meer).")
    ToestemmingResource trekIn(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de toestemming", example = "0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b")
            @PathVariable UUID id,
            @Valid @RequestBody IntrekkingRequest verzoek) {
        return ToestemmingResource.from(service.trekIn(ik, id, Objects.requireNonNull(verzoek.versie()),
                verzoek.reden()), service.vandaag());
    }
}
