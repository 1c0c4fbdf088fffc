package nl.wegwijs.toestemming.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
                    + "van het huishouden, eventueel alleen één rol daarin.")
    ResponseEntity<List<ToestemmingResource>> legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody ToestemmingRequest verzoek) {
        LocalDate vandaag = service.vandaag();
        return ResponseEntity.status(HttpStatus.CREATED)
            .body(service.legVast(ik, new HuishoudenId(id), verzoek.toNieuw(vandaag)).stream()
                .map(t -> ToestemmingResource.from(t, vandaag)).toList());
    }

    @PostMapping("/toestemmingen/{id}/intrekking")
    @Operation(summary = "Een toestemming intrekken, met de reden",
            description = "Geef de versie mee die u het laatst las. Is die verouderd, dan 409. De toestemming blijft "
                    + "bestaan als historie.")
    ToestemmingResource trekIn(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody IntrekkingRequest verzoek) {
        return ToestemmingResource.from(service.trekIn(ik, id, Objects.requireNonNull(verzoek.versie()),
                verzoek.reden()), service.vandaag());
    }
}
