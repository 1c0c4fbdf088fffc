package nl.wegwijs.notificatie.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.notificatie.Notificatie;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * The reader's unread notifications (to them, or to their role in their organisation), as on the start page, and
 * marking one read. A notification names no person, so nothing is logged.
 */
@RestController
@RequestMapping(path = "/api/v1/notificaties", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notificaties", description = "Korte berichten in Wegwijs aan u of aan uw rol.")
class NotificatieApiController {

    private final Notificaties notificaties;
    private final Meldingen meldingen;

    NotificatieApiController(Notificaties notificaties, Meldingen meldingen) {
        this.notificaties = notificaties;
        this.meldingen = meldingen;
    }

    @Schema(description = "Uw ongelezen notificaties, nieuwste eerst (ten hoogste 20).")
    record NotificatieLijst(@Schema(description = "de notificaties") List<NotificatieResource> items,
            @Schema(description = "altijd leeg: de lijst is één pagina van ten hoogste 20") @Nullable String volgende) {
    }

    @Schema(description = "Eén notificatie.")
    record NotificatieResource(
            @Schema(description = "id", example = "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d") UUID id,
            @Schema(description = "id van het huishouden waar het over gaat, als dat zo is",
                    example = "7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d") @Nullable UUID huishoudenId,
            @Schema(description = "de tekst in de taal van het verzoek",
                    example = "Er is een afspraak voor u gemaakt in het casuïstiekoverleg.") String tekst,
            @Schema(description = "sleutel van de tekst, voor systemen die zelf vertalen",
                    example = "notificatie.afspraak") String sleutel,
            @Schema(description = "de waarden in de tekst", example = "[\"2026-03-01\"]") List<String> argumenten,
            @Schema(description = "pad in Wegwijs waar het over gaat", example = "/overleg/afspraken") String link,
            @Schema(description = "wanneer de notificatie is gemaakt", example = "2026-02-10T09:30:00Z")
            Instant aangemaaktOp) {

        static NotificatieResource van(Notificatie n, Meldingen meldingen) {
            return new NotificatieResource(n.id(), n.huishoudenId(), meldingen.tekst(n.sleutel(), n.args()),
                    n.sleutel(), n.argumenten(), n.link(), n.aangemaaktOp());
        }
    }

    @GetMapping
    @Operation(summary = "Uw ongelezen notificaties",
            description = """
                    De notificaties aan u en aan uw rol in uw organisatie die nog niemand las, nieuwste eerst, ten \
                    hoogste 20 (zoals op de startpagina). Een notificatie noemt geen namen van personen.""")
    NotificatieLijst lijst(@Parameter(hidden = true) @Ingelogd Medewerker ik) {
        return new NotificatieLijst(notificaties.ongelezen(ik).stream()
            .map(n -> NotificatieResource.van(n, meldingen)).toList(), null);
    }

    @PostMapping("/{id}/gelezen")
    @Operation(summary = "Een notificatie als gelezen markeren",
            description = """
                    Daarna staat ze niet meer in de lijst, ook niet bij collega's met dezelfde rol als ze aan de rol \
                    was. Een notificatie die niet voor u is of al gelezen is: 404.""")
    @ApiResponse(responseCode = "204", description = "Gemarkeerd als gelezen.")
    ResponseEntity<Void> gelezen(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        if (!notificaties.markeerGelezen(ik, id)) {
            throw new NietGevonden();
        }
        return ResponseEntity.noContent().build();
    }
}
