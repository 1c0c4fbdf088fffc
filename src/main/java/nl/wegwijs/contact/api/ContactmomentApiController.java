package nl.wegwijs.contact.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.contact.ContactLijst;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.contact.Contactmoment;
import nl.wegwijs.contact.ContactmomentId;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;

/**
 * A household's contacts, and each contact as a resource of its own. Reading needs sight of the household (else 404)
 * and of its contacts (else 403, naming the missing consent); a note the reader may not see is null. Recording needs
 * the right to guide it (else 422); changing and removing is for whoever recorded the contact and for the
 * teamleider, at the version last read (else 409).
 */
@RestController
@Tag(name = "Contactmomenten", description = "Contacten met een huishouden; groepsbijeenkomsten tellen mee als "
        + "contact.")
class ContactmomentApiController {

    private final ContactService contacten;

    ContactmomentApiController(ContactService contacten) {
        this.contacten = contacten;
    }

    @GetMapping("/api/v1/huishoudens/{id}/contactmomenten")
    @Operation(summary = "Contacten van een huishouden, nieuwste eerst, per pagina",
            description = "Nieuwste eerst (keyset); geen filters of sortering (de lijst hoort bij "
                    + "één huishouden). Wie het huishouden niet ziet krijgt 404. Het veld volgende is de volledige URL van de volgende pagina, of null op de laatste pagina. Een onbekende parameter of een aantal buiten 1 tot en met 100 geeft 400. Vastgelegd in het "
                    + "verwerkingslog.")
    ContactPagina lijst(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Parameter(description = "Het id van het laatste contact van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel contacten per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        ContactLijst lijst = contacten.lijst(ik, new HuishoudenId(id), na, aantal);
        return ContactPagina.van(lijst.regels().stream().map(ContactmomentResource::from).toList(),
                lijst.volgende());
    }

    @PostMapping("/api/v1/huishoudens/{id}/contactmomenten")
    @Operation(summary = "Een contact met een huishouden vastleggen",
            description = "Legt een contact (huisbezoek, kantoor, telefoon, ...) met personen van het huishouden vast. "
                    + "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die "
                    + "van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Wie "
                    + "de contacten van het huishouden niet mag zien (bijvoorbeeld zonder toestemming) "
                    + "krijgt 403. Vastleggen mag wie het huishouden begeleidt (vrijwilliger als toegewezen, "
                    + "begeleider, teamleider, regievoerder, budgetcoach) zolang het traject niet is afgesloten; "
                    + "anders 422 (contact.niet-toegestaan). Ook 422: een datum in de toekomst of meer dan een jaar "
                    + "terug, een duur buiten 1 tot en met 720 minuten, een volgend contact in het verleden, een "
                    + "onbekende code, een tolk zonder taal, een persoon buiten het huishouden of een medewerker die "
                    + "het huishouden niet begeleidt. Een ontbrekend verplicht veld geeft 400. Het contact komt in "
                    + "het verwerkingslog en de contactstand van het huishouden (werklijst) wordt bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het nieuwe contact",
            headers = @Header(name = "Location", description = "adres van het nieuwe contact",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/contactmomenten/2a4c6e8f-1b3d-4f5a-8c7e-9d0b1a2c3e4f")))
    ResponseEntity<ContactmomentResource> legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id, @Valid @RequestBody ContactmomentRequest contactmoment) {
        Contactmoment c = contacten.legVast(ik, new HuishoudenId(id), contactmoment.invoer(ik));
        return ResponseEntity
            .created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/contactmomenten/{id}")
                .build(c.id().value()))
            .body(contactmoment(ik, c.id().value()));
    }

    @GetMapping("/api/v1/contactmomenten/{id}")
    @Operation(summary = "Eén contact",
            description = "Leest één contact. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Wie de contacten van het huishouden niet mag zien (bijvoorbeeld "
                    + "zonder toestemming) krijgt 403. De notitie is leeg voor wie notities niet mag zien en haar "
                    + "niet zelf schreef. Het lezen komt in het verwerkingslog, per aanwezige persoon.")
    ContactmomentResource contactmoment(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het contact", example = "2a4c6e8f-1b3d-4f5a-8c7e-9d0b1a2c3e4f")
                    @PathVariable UUID id) {
        return ContactmomentResource.from(contacten.find(ik, new ContactmomentId(id)).regel());
    }

    @PutMapping("/api/v1/contactmomenten/{id}")
    @Operation(summary = "Een contact wijzigen (wie het vastlegde, of de teamleider)",
            description = "Vervangt alle gegevens van een contact, bij de versie die u het laatst las. Alleen voor "
                    + "wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het "
                    + "eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Wie de "
                    + "contacten niet mag zien krijgt 403. Wijzigen mag wie het contact vastlegde (en het huishouden "
                    + "nog begeleidt) en de teamleider van het huishouden; anders 422 "
                    + "(contact.wijzigen.niet-toegestaan). Een verouderde versie geeft 409 en wijzigt niets. Verder "
                    + "dezelfde regels als bij vastleggen (422, of 400 voor een ontbrekend verplicht veld); een "
                    + "ongewijzigde oude datum blijft toegestaan. De wijziging komt in het verwerkingslog en de "
                    + "contactstand van het huishouden wordt bijgewerkt.")
    ContactmomentResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het contact", example = "2a4c6e8f-1b3d-4f5a-8c7e-9d0b1a2c3e4f")
                    @PathVariable UUID id,
            @Valid @RequestBody ContactmomentWijziging wijziging) {
        contacten.wijzig(ik, new ContactmomentId(id), java.util.Objects.requireNonNull(wijziging.versie()),
                java.util.Objects.requireNonNull(wijziging.contactmoment()).invoer(ik));
        return contactmoment(ik, id);
    }

    @DeleteMapping("/api/v1/contactmomenten/{id}")
    @Operation(summary = "Een contact verwijderen (wie het vastlegde, of de teamleider)",
            description = "Verwijdert een contact bij de versie die u het laatst las: het blijft bewaard voor de "
                    + "verantwoording, maar telt nergens meer mee. Alleen voor wie het huishouden mag zien "
                    + "(vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Wie de contacten niet mag zien "
                    + "krijgt 403. "
                    + "Verwijderen mag wie het contact vastlegde (en het huishouden nog begeleidt) en de teamleider "
                    + "van het huishouden; anders 422 (contact.wijzigen.niet-toegestaan). Zonder versie volgt 400 "
                    + "(invalidParams noemt versie), met een verouderde versie 409; er verandert dan niets. Het verwijderen komt "
                    + "in het verwerkingslog en de contactstand van het huishouden wordt bijgewerkt.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    ResponseEntity<Void> verwijder(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het contact", example = "2a4c6e8f-1b3d-4f5a-8c7e-9d0b1a2c3e4f")
                    @PathVariable UUID id,
            @Parameter(description = "de versie die u het laatst heeft gelezen", required = true, example = "2")
            @RequestParam(required = false) @Nullable Long versie) {
        if (versie == null) {
            throw new nl.wegwijs.system.OngeldigeParameter("versie", "api.versie.leeg");
        }
        contacten.verwijder(ik, new ContactmomentId(id), versie);
        return ResponseEntity.noContent().build();
    }
}
