package nl.wegwijs.contact.api;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.contact.Groepsbijeenkomst;
import nl.wegwijs.contact.GroepsbijeenkomstId;
import nl.wegwijs.contact.GroepsbijeenkomstService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;

/**
 * Group sessions, seen by the staff of the uitvoerder they are organised for and of the gemeente they name, and their
 * attendance as a sub-resource; attendees are listed only for households the reader may see.
 */
@RestController
@RequestMapping("/api/v1/groepsbijeenkomsten")
@Tag(name = "Groepsbijeenkomsten", description = "Groepsvoorlichting, themabijeenkomsten en cursussen met deelname "
        + "per persoon.")
class GroepsbijeenkomstApiController {

    private final GroepsbijeenkomstService bijeenkomsten;

    GroepsbijeenkomstApiController(GroepsbijeenkomstService bijeenkomsten) {
        this.bijeenkomsten = bijeenkomsten;
    }

    @GetMapping
    @Operation(summary = "Groepsbijeenkomsten die u mag zien, nieuwste eerst, per pagina",
            description = "De bijeenkomsten van uw organisatie, nieuwste eerst (keyset); zonder deelnemers, dus "
                    + "zonder persoonsgegevens. Geen filters: de lijst is per organisatie en blijft klein. Het veld volgende is de volledige URL van de volgende pagina, of null op de laatste pagina. Een onbekende parameter of een aantal buiten 1 tot en met 100 geeft 400.")
    GroepsbijeenkomstPagina pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "Het id van het laatste bijeenkomst van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel bijeenkomsten per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        int n = Paginering.grootte(aantal);
        List<GroepsbijeenkomstOverzichtResource> rijen = bijeenkomsten.pagina(ik, na, n + 1).stream()
            .map(GroepsbijeenkomstOverzichtResource::from).toList();
        List<GroepsbijeenkomstOverzichtResource> pagina = Paginering.eerste(rijen, n);
        return GroepsbijeenkomstPagina.van(pagina, rijen.size() > n ? pagina.get(n - 1).id() : null);
    }

    @PostMapping
    @Operation(summary = "Een groepsbijeenkomst vastleggen",
            description = "Legt een groepsvoorlichting, themabijeenkomst of cursus vast, nog zonder deelnemers. Mag "
                    + "aan de kant van de uitvoerder: vrijwilliger, begeleider en teamleider; aan de kant van de "
                    + "gemeente: regievoerder en budgetcoach. Voor andere rollen bestaat dit niet (404). Een "
                    + "uitvoerder "
                    + "of gemeente zonder lopend contract met uw organisatie, een organisator die er niet begeleidt, "
                    + "een lege titel, een onbekende code of een duur buiten 1 tot en met 720 minuten geeft 422; een "
                    + "ontbrekend verplicht veld 400. Er worden nog geen persoonsgegevens verwerkt.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de nieuwe bijeenkomst",
            headers = @Header(name = "Location", description = "adres van de nieuwe groepsbijeenkomst",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/groepsbijeenkomsten/6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f")))
    ResponseEntity<GroepsbijeenkomstResource> registreer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody GroepsbijeenkomstRequest groepsbijeenkomst) {
        Groepsbijeenkomst g = bijeenkomsten.registreer(ik, groepsbijeenkomst.invoer());
        return ResponseEntity
            .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(g.id().value()))
            .body(groepsbijeenkomst(ik, g.id().value()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén groepsbijeenkomst met de deelnemers die u mag zien",
            description = "Leest een groepsbijeenkomst. U ziet een bijeenkomst als u werkt bij de uitvoerder waarvoor "
                    + "zij is georganiseerd of bij de gemeente die zij noemt; anders 404. Deelnemers uit huishoudens "
                    + "die u niet mag zien, "
                    + "staan er niet bij: alleen hun aantal. Het lezen komt in het verwerkingslog, per getoonde "
                    + "deelnemer.")
    GroepsbijeenkomstResource groepsbijeenkomst(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de groepsbijeenkomst", example = "6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f")
                    @PathVariable UUID id) {
        return bijeenkomsten.find(ik, new GroepsbijeenkomstId(id)).map(GroepsbijeenkomstResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Een groepsbijeenkomst wijzigen (organisator, wie haar vastlegde, of de teamleider)",
            description = "Vervangt alle gegevens van een bijeenkomst, bij de versie die u het laatst las. U ziet een "
                    + "bijeenkomst als u werkt bij de uitvoerder waarvoor zij is georganiseerd of bij de gemeente die "
                    + "zij noemt; anders 404. "
                    + "Wijzigen mag de organisator, wie haar vastlegde en de teamleider van de uitvoerder; anders 422 "
                    + "(contact.groep.wijzigen.niet-toegestaan). Een verouderde versie geeft 409 en wijzigt niets. "
                    + "Met deelnemers kan de datum niet in de toekomst komen (422); verder dezelfde regels als bij "
                    + "vastleggen. Verandert de datum of duur, dan verandert het contact van elk deelnemend "
                    + "huishouden mee: dat komt in het verwerkingslog per deelnemer en hun contactstand wordt "
                    + "bijgewerkt.")
    GroepsbijeenkomstResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de groepsbijeenkomst", example = "6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f")
                    @PathVariable UUID id,
            @Valid @RequestBody GroepsbijeenkomstWijziging wijziging) {
        bijeenkomsten.wijzig(ik, new GroepsbijeenkomstId(id), java.util.Objects.requireNonNull(wijziging.versie()),
                java.util.Objects.requireNonNull(wijziging.groepsbijeenkomst()).invoer());
        return groepsbijeenkomst(ik, id);
    }

    @GetMapping("/{id}/deelnemers")
    @Operation(summary = "De deelnemers die u mag zien, en hoeveel anderen er waren",
            description = "De deelnemers van een bijeenkomst (geen pagina's: alle in één keer). U ziet een "
                    + "bijeenkomst als u werkt bij de uitvoerder waarvoor zij is georganiseerd of bij de gemeente die "
                    + "zij noemt; anders 404. Deelnemers uit "
                    + "huishoudens die u niet mag zien, tellen alleen mee in verborgen. Het lezen komt in het "
                    + "verwerkingslog, per getoonde deelnemer.")
    DeelnemersResource deelnemers(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de groepsbijeenkomst", example = "6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f")
                    @PathVariable UUID id) {
        return bijeenkomsten.find(ik, new GroepsbijeenkomstId(id)).map(DeelnemersResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping("/{id}/deelnemers")
    @Operation(summary = "Personen van één huishouden als deelnemer vastleggen (telt als contact)",
            description = "Legt vast dat personen van één huishouden de bijeenkomst bijwoonden; wie er al bij stond "
                    + "blijft staan. Antwoordt 201 met alle deelnemers die u mag zien; Location wijst naar de "
                    + "deelnemerslijst. U ziet een bijeenkomst als u werkt bij de uitvoerder waarvoor zij is georganiseerd of "
                    + "bij de gemeente die zij noemt; anders 404. Het huishouden moet u mogen zien (anders 404) en "
                    + "zijn contacten ook (anders 403); "
                    + "vastleggen mag wie het huishouden begeleidt (vrijwilliger als toegewezen, begeleider, "
                    + "teamleider, regievoerder, budgetcoach) zolang het traject loopt, anders 422 "
                    + "(contact.niet-toegestaan). Ook 422: een bijeenkomst die nog moet komen, een lege lijst of een "
                    + "persoon buiten het huishouden. Telt als contact van het huishouden: het komt in het "
                    + "verwerkingslog en de contactstand wordt bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de deelnemers",
            headers = @Header(name = "Location", description = "adres van de deelnemers van de bijeenkomst",
                    schema = @Schema(type = "string", format = "uri", example = "/api/v1/groepsbijeenkomsten/"
                            + "6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f/deelnemers")))
    ResponseEntity<DeelnemersResource> voegToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de groepsbijeenkomst", example = "6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f")
                    @PathVariable UUID id,
            @Valid @RequestBody DeelnameRequest deelname) {
        bijeenkomsten.voegDeelnemersToe(ik, new GroepsbijeenkomstId(id),
                new HuishoudenId(java.util.Objects.requireNonNull(deelname.huishoudenId())),
                java.util.Objects.requireNonNull(deelname.persoonIds()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
            .body(deelnemers(ik, id));
    }

    @DeleteMapping("/{id}/deelnemers/{persoonId}")
    @Operation(summary = "Een deelnemer verwijderen",
            description = "Haalt één persoon van de deelnemerslijst. U ziet een bijeenkomst als u werkt bij de "
                    + "uitvoerder waarvoor zij is georganiseerd of bij de gemeente die zij noemt; anders 404. Een "
                    + "persoon die niet deelnam, of wiens "
                    + "huishouden u niet mag zien, geeft ook 404; wie de contacten van dat huishouden niet mag zien "
                    + "krijgt 403. Verwijderen mag wie het huishouden begeleidt zolang het traject loopt; anders 422 "
                    + "(contact.niet-toegestaan). Het komt in het verwerkingslog en de contactstand van het "
                    + "huishouden wordt bijgewerkt.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    ResponseEntity<Void> verwijder(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de groepsbijeenkomst", example = "6f5e4d3c-2b1a-4c9d-8e7f-0a1b2c3d4e5f")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
            @PathVariable UUID persoonId) {
        bijeenkomsten.verwijderDeelnemer(ik, new GroepsbijeenkomstId(id), persoonId);
        return ResponseEntity.noContent().build();
    }
}
