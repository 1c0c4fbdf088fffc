package nl.wegwijs.huishouden.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.system.Paginering;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;

/** Households the acting medewerker may see; one they may not see does not exist (404). */
@RestController
@RequestMapping("/api/v1/huishoudens")
@Tag(name = "Huishoudens", description = "Huishoudens en hun personen, elk met eigen wettelijke datums.")
class HuishoudenApiController {

    private final HuishoudenService huishoudens;

    HuishoudenApiController(HuishoudenService huishoudens) {
        this.huishoudens = huishoudens;
    }

    @GetMapping
    @Operation(summary = "Huishoudens die u mag zien, per pagina (keyset op id)")
    HuishoudenPagina pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het laatste huishouden van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        int n = Paginering.grootte(aantal);
        return HuishoudenPagina.van(huishoudens.pagina(ik, na, n).stream().map(HuishoudenResource::from).toList(), n);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén huishouden met zijn personen",
            description = "Leest een huishouden met adres, datums en alle personen. Alleen voor wie het huishouden "
                    + "mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of "
                    + "toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de "
                    + "eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. BSN en V-nummer zijn leeg "
                    + "voor wie ze niet mag zien (een vrijwilliger, tenzij het beleid van de uitvoerder het toestaat). "
                    + "Het lezen komt in het verwerkingslog, per persoon.")
    HuishoudenResource huishouden(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id) {
        return huishoudens.find(ik, new HuishoudenId(id)).map(HuishoudenResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Adres, datums en herkomstlocatie van een huishouden wijzigen",
            description = "Vervangt adres, datums en herkomstlocatie (PUT: een datum die u weglaat wordt leeg), bij de "
                    + "versie die u het laatst las. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Wijzigen mag de regievoerder, teamleider en begeleider; "
                    + "andere rollen krijgen 422 (huishouden.wijzigen.niet-toegestaan). Een verouderde versie geeft "
                    + "409 en wijzigt niets; een ontbrekend adres, ontbrekende datums of versie 400. Oude en nieuwe "
                    + "waarde van elk gewijzigd veld worden bewaard (correctiespoor), de wijziging komt in het "
                    + "verwerkingslog per persoon, en werklijst en checklist worden bijgewerkt.")
    HuishoudenResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Valid @RequestBody HuishoudenWijziging wijziging) {
        huishoudens.wijzig(ik, new HuishoudenId(id), wijziging.versie(), wijziging.adres(), wijziging.datums(),
                wijziging.herkomstLocatie());
        return huishouden(ik, id);
    }
}
