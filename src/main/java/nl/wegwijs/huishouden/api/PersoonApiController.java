package nl.wegwijs.huishouden.api;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;

/** The persons of a household as a sub-resource, e.g. a nareiziger who joins later. */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/personen")
@Tag(name = "Huishoudens")
class PersoonApiController {

    private final HuishoudenService huishoudens;

    PersoonApiController(HuishoudenService huishoudens) {
        this.huishoudens = huishoudens;
    }

    @GetMapping("/{persoonId}")
    @Operation(summary = "Eén persoon van een huishouden")
    PersoonResource persoon(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoonId) {
        return huishoudens.findPersoon(ik, new HuishoudenId(id), persoonId).map(PersoonResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Een persoon toevoegen, bijvoorbeeld een nareiziger met eigen datums")
    ResponseEntity<PersoonResource> voegToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody PersoonWijziging toevoeging) {
        Persoon p = huishoudens.voegPersoonToe(ik, new HuishoudenId(id), toevoeging.versie(),
                toevoeging.persoon().toNieuwePersoon(null));
        return ResponseEntity
            .created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{persoonId}").build(p.id()))
            .body(PersoonResource.from(p));
    }

    @PutMapping("/{persoonId}")
    @Operation(summary = "De gegevens van een persoon wijzigen")
    PersoonResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoonId, @Valid @RequestBody PersoonWijziging wijziging) {
        huishoudens.wijzigPersoon(ik, new HuishoudenId(id), wijziging.versie(),
                wijziging.persoon().toNieuwePersoon(persoonId));
        return persoon(ik, id, persoonId);
    }
}
