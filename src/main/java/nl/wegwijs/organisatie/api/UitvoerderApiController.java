package nl.wegwijs.organisatie.api;

import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.organisatie.api.UitvoerderResources.IdentificatiebeleidRequest;
import nl.wegwijs.organisatie.api.UitvoerderResources.IdentificatiebeleidResource;
import nl.wegwijs.organisatie.api.UitvoerderResources.UitvoerderRequest;
import nl.wegwijs.organisatie.api.UitvoerderResources.UitvoerderResource;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;

/**
 * Uitvoerders for the beheerder: add one, and set whether its volunteers see BSN and V-nummer (allowing it needs a
 * reason; every change is kept with who and when).
 */
@RestController
@RequestMapping(path = "/api/v1/uitvoerders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Uitvoerders", description = "Organisaties die begeleiden, en hun beleid voor BSN en V-nummer (beheerder).")
class UitvoerderApiController {

    private final OrganisatieService organisaties;

    UitvoerderApiController(OrganisatieService organisaties) {
        this.organisaties = organisaties;
    }

    @GetMapping
    @Operation(summary = "Alle uitvoerders, per pagina",
            description = "De uitvoerders, geordend op id, per pagina (keyset: volg de link in volgende); met gemeente "
                    + "alleen de uitvoerders die die gemeente zelf is. Alleen voor de beheerder; een andere rol krijgt 403.")
    Pagina<UitvoerderResource> pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "alleen de uitvoerder die deze gemeente zelf is")
            @RequestParam(required = false) @Nullable UUID gemeente,
            @Parameter(description = "id van de laatste uitvoerder van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        Beheer.vereisBeheerder(ik);
        return Beheer.pagina(organisaties.uitvoerders().stream()
            .filter(u -> gemeente == null || gemeente.equals(u.gemeenteId()))
            .map(UitvoerderResource::van).toList(), UitvoerderResource::id, na, aantal);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén uitvoerder", description = "Alleen voor de beheerder.")
    UitvoerderResource een(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        return UitvoerderResource.van(organisaties.uitvoerder(id).orElseThrow(NietGevonden::new));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een uitvoerder toevoegen",
            description = "Voegt een uitvoerder toe; met gemeente is het die gemeente zelf (die moet bestaan, anders "
                    + "422). Alleen voor de beheerder.")
    @ApiResponse(responseCode = "201", description = "De uitvoerder is toegevoegd; Location wijst naar haar.")
    ResponseEntity<UitvoerderResource> maak(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody UitvoerderRequest uitvoerder) {
        Beheer.vereisBeheerder(ik);
        if (uitvoerder.gemeente() != null && organisaties.gemeente(uitvoerder.gemeente()).isEmpty()) {
            throw new DomeinFout("organisatie.api.gemeente.onbekend");
        }
        Uitvoerder u = organisaties.voegUitvoerderToe(ik, Objects.requireNonNull(uitvoerder.naam()),
                uitvoerder.gemeente());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
            .buildAndExpand(u.id()).toUri()).body(UitvoerderResource.van(u));
    }

    @GetMapping("/{id}/identificatiebeleid")
    @Operation(summary = "Het beleid voor BSN en V-nummer van de vrijwilligers",
            description = "Of de vrijwilligers van deze uitvoerder BSN en V-nummer zien, waarom, en elke wijziging. "
                    + "Alleen voor de beheerder.")
    IdentificatiebeleidResource identificatiebeleid(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        return IdentificatiebeleidResource.van(organisaties.identificatiebeleid(ik, id),
                organisaties.identificatiebeleidHistorie(ik, id));
    }

    @PutMapping(path = "/{id}/identificatiebeleid", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Het beleid voor BSN en V-nummer wijzigen",
            description = "Toestaan vraagt een reden (anders 422); de wijziging wordt bewaard met wie en wanneer. Stuur "
                    + "de versie die u las: is het intussen gewijzigd, dan 409 en is er niets opgeslagen. Alleen voor de "
                    + "beheerder.")
    IdentificatiebeleidResource wijzigIdentificatiebeleid(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody IdentificatiebeleidRequest beleid) {
        Beheer.vereisBeheerder(ik);
        organisaties.wijzigIdentificatiebeleid(ik, id, Objects.requireNonNull(beleid.versie()),
                Boolean.TRUE.equals(beleid.vrijwilligers()), beleid.reden());
        return identificatiebeleid(ik, id);
    }
}
