package nl.wegwijs.contact.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Groepsbijeenkomsten", description = "Groepsvoorlichting, themabijeenkomsten en cursussen met deelname per persoon.")
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
    @Operation(summary = "Een groepsbijeenkomst vastleggen")
    ResponseEntity<GroepsbijeenkomstResource> registreer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody GroepsbijeenkomstRequest groepsbijeenkomst) {
        Groepsbijeenkomst g = bijeenkomsten.registreer(ik, groepsbijeenkomst.invoer());
        return ResponseEntity
            .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").build(g.id().value()))
            .body(groepsbijeenkomst(ik, g.id().value()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén groepsbijeenkomst met de deelnemers die u mag zien")
    GroepsbijeenkomstResource groepsbijeenkomst(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id) {
        return bijeenkomsten.find(ik, new GroepsbijeenkomstId(id)).map(GroepsbijeenkomstResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Een groepsbijeenkomst wijzigen (organisator, wie haar vastlegde, of de teamleider)")
    GroepsbijeenkomstResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody GroepsbijeenkomstWijziging wijziging) {
        bijeenkomsten.wijzig(ik, new GroepsbijeenkomstId(id), java.util.Objects.requireNonNull(wijziging.versie()),
                java.util.Objects.requireNonNull(wijziging.groepsbijeenkomst()).invoer());
        return groepsbijeenkomst(ik, id);
    }

    @GetMapping("/{id}/deelnemers")
    @Operation(summary = "De deelnemers die u mag zien, en hoeveel anderen er waren")
    DeelnemersResource deelnemers(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        return bijeenkomsten.find(ik, new GroepsbijeenkomstId(id)).map(DeelnemersResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping("/{id}/deelnemers")
    @Operation(summary = "Personen van één huishouden als deelnemer vastleggen (telt als contact)")
    DeelnemersResource voegToe(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody DeelnameRequest deelname) {
        bijeenkomsten.voegDeelnemersToe(ik, new GroepsbijeenkomstId(id),
                new HuishoudenId(java.util.Objects.requireNonNull(deelname.huishoudenId())),
                java.util.Objects.requireNonNull(deelname.persoonIds()));
        return deelnemers(ik, id);
    }

    @DeleteMapping("/{id}/deelnemers/{persoonId}")
    @Operation(summary = "Een deelnemer verwijderen")
    ResponseEntity<Void> verwijder(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoonId) {
        bijeenkomsten.verwijderDeelnemer(ik, new GroepsbijeenkomstId(id), persoonId);
        return ResponseEntity.noContent().build();
    }
}
