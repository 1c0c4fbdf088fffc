package nl.wegwijs.huishouden.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenSelectie;
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

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Huishoudens die u mag zien, per pagina",
            description = """
                    De huishoudens die u mag zien, op volgorde van id, per pagina (keyset). Filters (allemaal \
                    optioneel, ze beperken alleen wat u al mag zien en geven nooit meer): status en fase van het \
                    traject, gemeente, uitvoerder, team, medewerker (de begeleider of vrijwilliger die nu is \
                    toegewezen) en de aanmelddatum (aangemeldVanaf, aangemeldTot). Zoeken op naam kan hier niet \
                    (een naam hoort niet in een URL): gebruik POST /api/v1/huishoudens/zoeken. Geen sortering: de \
                    volgorde is vast (id), zodat een pagina nooit verschuift. Het veld volgende is de volledige URL \
                    van de volgende pagina met dezelfde filters, of null op de laatste pagina. Een onbekende \
                    parameter, een onbekende status of een aantal buiten 1 tot en met 100 geeft 400. BSN en \
                    V-nummer alleen voor wie ze mag zien. Vastgelegd in het verwerkingslog: één regel per getoonde \
                    persoon.""")
    HuishoudenPagina pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "Alleen huishoudens waarvan het traject een van deze statussen heeft; herhaal de "
                    + "parameter of scheid met komma's.", example = "ACTIEF",
                    schema = @Schema(allowableValues = { "AANGEMELD", "INTAKE", "ACTIEF", "VERLENGD", "AFGEROND",
                            "OVERGEDRAGEN", "BEEINDIGD" }))
            @RequestParam(required = false) @Nullable List<String> status,
            @Parameter(description = "Alleen huishoudens waarvan het traject in deze fase is (de code uit de "
                    + "voorwaarden van het contract).", example = "FASE2")
            @RequestParam(required = false) @Nullable String fase,
            @Parameter(description = "Alleen huishoudens in deze gemeente (id).",
                    example = "8a1f2c3d-4b5e-4f60-9a7b-8c9d0e1f2a3b")
            @RequestParam(required = false) @Nullable UUID gemeente,
            @Parameter(description = "Alleen huishoudens die deze uitvoerder begeleidt (id).",
                    example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
            @RequestParam(required = false) @Nullable UUID uitvoerder,
            @Parameter(description = "Alleen huishoudens van dit team (id).",
                    example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60")
            @RequestParam(required = false) @Nullable UUID team,
            @Parameter(description = "Alleen huishoudens waaraan deze begeleider of vrijwilliger nu is toegewezen (id).",
                    example = "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b")
            @RequestParam(required = false) @Nullable UUID medewerker,
            @Parameter(description = "Alleen huishoudens aangemeld op of na deze datum.", example = "2026-01-01")
            @RequestParam(name = "aangemeldVanaf", required = false) @Nullable LocalDate aangemeldVanaf,
            @Parameter(description = "Alleen huishoudens aangemeld vóór deze datum (de datum zelf telt niet mee).",
                    example = "2026-07-01")
            @RequestParam(name = "aangemeldTot", required = false) @Nullable LocalDate aangemeldTot,
            @Parameter(description = "Het id van het laatste huishouden van de vorige pagina; staat al in de URL "
                    + "van volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel huishoudens per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        HuishoudenService.Pagina pagina = huishoudens.pagina(ik, new HuishoudenSelectie(status, fase, gemeente,
                uitvoerder, team, medewerker, aangemeldVanaf, aangemeldTot, null), na, aantal);
        return HuishoudenPagina.van(pagina.items().stream().map(HuishoudenResource::from).toList(),
                pagina.volgende());
    }

    @PostMapping(path = "/zoeken", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Huishoudens zoeken op naam",
            description = """
                    Zoekt in de huishoudens die u mag zien op een deel van de voor- of achternaam van iemand in het \
                    huishouden (minstens twee tekens, hoofdletters tellen niet; zoals het zoekveld van de \
                    werklijst). De naam staat in de body, nooit in de URL. Dezelfde filters als GET \
                    /api/v1/huishoudens kunnen in de body mee; ze beperken alleen. Antwoordt met dezelfde pagina. \
                    De volgende pagina: stuur dezelfde body met POST naar de URL in volgende (die zet de parameter \
                    na), of zet na in de body. Schrijft niets, behalve het verwerkingslog: één regel per getoonde \
                    persoon. Een naam van minder dan twee tekens of een aantal buiten 1 tot en met 100 geeft 400.""")
    HuishoudenPagina zoek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "Het id van het laatste huishouden van de vorige pagina (zo zet volgende het); "
                    + "gaat voor na in de body.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(name = "na", required = false) @Nullable UUID naInUrl,
            @Valid @RequestBody HuishoudenZoekvraag vraag) {
        HuishoudenService.Pagina pagina = huishoudens.pagina(ik, vraag.selectie(),
                naInUrl != null ? naInUrl : vraag.na(), vraag.aantal() == null ? 25 : vraag.aantal());
        return HuishoudenPagina.van(pagina.items().stream().map(HuishoudenResource::from).toList(),
                pagina.volgende());
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
