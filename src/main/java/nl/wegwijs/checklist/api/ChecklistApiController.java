package nl.wegwijs.checklist.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.checklist.ChecklistItemId;
import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;

/**
 * Checklist items of the households the acting medewerker may see (others do not exist: 404). Changing one is a JSON
 * merge patch (what is left out stays), and needs the right to record guidance on the household (a refusal is a 422)
 * and the version last read (409 when stale). A note the medewerker may not see is left out of what they read, and
 * stays as it is when they write.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Checklist", description = "De checklist basisvoorzieningen van een huishouden: per onderdeel de stand, "
        + "wie het deed (begeleider, samen, zelf), datum, deadline en notitie.")
class ChecklistApiController {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ChecklistService checklist;

    ChecklistApiController(ChecklistService checklist) {
        this.checklist = checklist;
    }

    @GetMapping("/huishoudens/{id}/checklist-items")
    @Operation(summary = "De checklistonderdelen van een huishouden, per pagina",
            description = "Op volgorde van id (keyset), zodat een pagina nooit verschuift; geen filters of "
                    + "sortering (de lijst hoort bij één huishouden). De budgetcoach ziet alleen de onderdelen over "
                    + "geld; wie geen deel van de checklist mag zien krijgt 403, wie het huishouden niet ziet 404. "
                    + "Het veld volgende is de volledige URL van de volgende pagina, of null op de laatste pagina. Een onbekende parameter of een aantal buiten 1 tot en met 100 geeft 400. Vastgelegd in het verwerkingslog.")
    ChecklistItemPagina pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Parameter(description = "Het id van het laatste onderdeel van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel onderdelen per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        int n = Paginering.grootte(aantal);
        List<ChecklistItemResource> rijen = checklist.items(ik, new HuishoudenId(id), na, n + 1).stream()
            .map(ChecklistItemResource::from).toList();
        List<ChecklistItemResource> pagina = Paginering.eerste(rijen, n);
        return ChecklistItemPagina.van(pagina, rijen.size() > n ? pagina.get(n - 1).id() : null);
    }

    @GetMapping("/checklist-items/{id}")
    @Operation(summary = "Eén checklistonderdeel",
            description = "Leest één onderdeel van de checklist basisvoorzieningen van een huishouden. Alleen voor wie "
                    + "het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen "
                    + "team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die "
                    + "van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Valt het onderdeel "
                    + "onder een soort gegevens die u niet mag zien (bijvoorbeeld zonder toestemming), dan volgt "
                    + "403. Een notitie die u niet mag zien, blijft leeg. Het lezen komt in het verwerkingslog, "
                    + "per persoon om wie het gaat.")
    ChecklistItemResource item(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het checklistonderdeel", example = "5b1e7c2a-3d4f-4a6b-9c8d-0e1f2a3b4c5d")
            @PathVariable UUID id) {
        return ChecklistItemResource.from(checklist.item(ik, new ChecklistItemId(id)));
    }

    @PatchMapping(path = "/checklist-items/{id}", consumes = { MERGE_PATCH, MediaType.APPLICATION_JSON_VALUE })
    @Operation(summary = "Stand, wie het deed, datum, deadline, notitie of reden van een checklistonderdeel wijzigen",
            description = "Een JSON merge patch (RFC 7396, application/merge-patch+json; application/json mag ook): "
                    + "een veld dat u weglaat blijft zoals het is, een veld met null maakt u leeg. Stuur de versie "
                    + "mee die u het laatst las; is het intussen gewijzigd, dan volgt 409 en is er niets opgeslagen. "
                    + "Een notitie die u niet mag zien, blijft zoals hij is. Wie het huishouden niet mag zien krijgt "
                    + "404; een onderdeel van een soort gegevens die u niet mag zien geeft 403. Vastleggen mag wie "
                    + "het huishouden begeleidt (vrijwilliger als toegewezen, begeleider, teamleider, regievoerder, "
                    + "budgetcoach) zolang het traject niet is afgesloten; anders 422 (checklist.niet-toegestaan). "
                    + "Een ongeldige combinatie (GEREGELD zonder wieDeedHet, NIET_VAN_TOEPASSING zonder reden, een "
                    + "datum na vandaag) geeft 422, een ontbrekende versie of te lange tekst 400. Wie het vastlegde "
                    + "en wanneer worden bijgewerkt; de wijziging komt in het verwerkingslog en de stand van de "
                    + "checklist (werklijst) wordt bijgewerkt. Een lege deadline krijgt meteen weer de berekende.")
    ChecklistItemResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het checklistonderdeel", example = "5b1e7c2a-3d4f-4a6b-9c8d-0e1f2a3b4c5d")
            @PathVariable UUID id,
            @Valid @RequestBody ChecklistItemWijziging wijziging) {
        return ChecklistItemResource.from(checklist.pas(ik, new ChecklistItemId(id),
                java.util.Objects.requireNonNull(wijziging.versie()), wijziging.patch()).item());
    }
}
