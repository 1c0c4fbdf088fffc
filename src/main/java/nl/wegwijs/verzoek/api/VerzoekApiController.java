package nl.wegwijs.verzoek.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.verzoek.Verzoek;
import nl.wegwijs.verzoek.VerzoekId;
import nl.wegwijs.verzoek.VerzoekService;

/**
 * Requests to the gemeente. A household or request the acting medewerker may not see does not exist (404); without
 * the progress category (a budgetcoach without consent) 403; submitting is for the teamleider of the uitvoerder and
 * deciding for the regievoerder of the gemeente (otherwise 422); a stale version or a second decision is a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Verzoeken", description = "Verzoeken aan de gemeente: verlenging van de begeleiding of een aanvullend "
        + "product, ingediend door de teamleider met akkoord van de cliënt; de regievoerder beslist.")
class VerzoekApiController {

    private final VerzoekService verzoeken;

    VerzoekApiController(VerzoekService verzoeken) {
        this.verzoeken = verzoeken;
    }

    @GetMapping("/huishoudens/{id}/verzoeken")
    @Operation(operationId = "verzoekenVanHuishouden", summary = "De verzoeken van een huishouden, nieuwste eerst",
            description = "Zonder filters en niet gepagineerd: een huishouden krijgt maar enkele verzoeken (verlenging, "
                    + "producten). Filteren over huishoudens heen kan met GET /api/v1/verzoeken. Wie het huishouden "
                    + "niet ziet krijgt 404; zonder toestemming voor voortgang 403.")
    List<VerzoekResource> vanHuishouden(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        VerzoekService.VerzoekenVanHuishouden v = verzoeken.vanHuishouden(ik, new HuishoudenId(id));
        if (!v.magZien()) {
            v.inzage().vereis(Gegevenssoort.VOORTGANG);
        }
        return v.verzoeken().stream().map(VerzoekResource::from).toList();
    }

    @PostMapping("/huishoudens/{id}/verzoeken")
    @Operation(operationId = "dienVerzoekIn", summary = "Een verzoek aan de gemeente indienen (teamleider)",
            description = "Met het akkoord van de cliënt (akkoordOp, akkoordWijze): zonder akkoord 422. De "
                    + "regievoerders van de gemeente krijgen een melding. Alleen voor wie het huishouden mag zien "
                    + "(vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op de voortgang (een "
                    + "budgetcoach zonder toestemming) volgt 403. Indienen mag alleen de teamleider van de "
                    + "uitvoerder van het huishouden; anders 422 (verzoek.niet-toegestaan). Ook 422: een verlenging "
                    + "zonder of met meer dan 36 maanden, een product zonder keuze (of ANDERS zonder naam, tot 100 "
                    + "tekens), een gewenste start buiten bereik, een lege of te lange reden (tot 2000 tekens), een "
                    + "akkoord in de toekomst of te lang geleden. Zonder soort volgt 400. Het verzoek komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Ingediend; Location wijst naar het nieuwe verzoek",
            headers = @Header(name = "Location", description = "adres van het nieuwe verzoek",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/verzoeken/8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f")))
    ResponseEntity<VerzoekResource> dienIn(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Valid @RequestBody VerzoekRequest verzoek) {
        Verzoek v = verzoeken.dienIn(ik, new HuishoudenId(id), verzoek.toNieuw());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/verzoeken/{id}").build(v.id().value()))
            .body(VerzoekResource.from(v));
    }

    @GetMapping(path = "/verzoeken", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "openVerzoeken", summary = "Verzoeken over huishoudens heen, per pagina",
            description = """
                    Voor de regievoerder de open (ingediende) verzoeken van de eigen gemeente, oudste eerst; voor de \
                    teamleider de eigen verzoeken, nieuwste eerst; alleen van huishoudens die u nu mag zien. Andere \
                    rollen: 404. Filters (optioneel, ze beperken alleen): soort, status en de indieningsdatum \
                    (ingediendVanaf, ingediendTot, Nederlandse tijd). Geen sortering: de volgorde hangt af van uw \
                    rol, zoals hierboven. Het veld volgende is de volledige URL van de volgende pagina met dezelfde \
                    filters, of null op de laatste pagina. Een onbekende parameter of waarde, of een aantal buiten 1 \
                    tot en met 100 geeft 400. Vastgelegd in het verwerkingslog: één regel per getoonde hoofdpersoon.""")
    VerzoekPagina lijst(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "Alleen verzoeken van deze soort(en).")
            @RequestParam(required = false) java.util.@Nullable List<nl.wegwijs.verzoek.VerzoekSoort> soort,
            @Parameter(description = "Alleen verzoeken met deze status(sen) (de regievoerder ziet alleen "
                    + "INGEDIEND).")
            @RequestParam(required = false) java.util.@Nullable List<nl.wegwijs.verzoek.VerzoekStatus> status,
            @Parameter(description = "Alleen verzoeken ingediend op of na deze datum.", example = "2026-01-01")
            @RequestParam(name = "ingediendVanaf", required = false) java.time.@Nullable LocalDate ingediendVanaf,
            @Parameter(description = "Alleen verzoeken ingediend vóór deze datum (de datum zelf telt niet mee).",
                    example = "2026-07-01")
            @RequestParam(name = "ingediendTot", required = false) java.time.@Nullable LocalDate ingediendTot,
            @Parameter(description = "Het id van het laatste verzoek van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel verzoeken per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        VerzoekService.Lijst lijst = verzoeken.lijst(ik, new VerzoekService.Selectie(soort, status, ingediendVanaf,
                ingediendTot), na == null ? null : new VerzoekId(na), aantal);
        return VerzoekPagina.van(lijst.regels().stream().map(VerzoekRegelResource::from).toList(),
                lijst.volgende() == null ? null : lijst.volgende().value());
    }

    @GetMapping("/verzoeken/{id}")
    @Operation(operationId = "verzoek", summary = "Eén verzoek",
            description = "Het verzoek met akkoord, stand en besluit. Alleen voor wie het huishouden mag zien "
                    + "(vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op de voortgang (een "
                    + "budgetcoach zonder toestemming) volgt 403. Het lezen komt in het verwerkingslog.")
    VerzoekResource verzoek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het verzoek", example = "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f")
                    @PathVariable UUID id) {
        return verzoeken.find(ik, new VerzoekId(id)).map(i -> VerzoekResource.from(i.verzoek()))
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping("/verzoeken/{id}/besluit")
    @Operation(operationId = "besluitOpVerzoek", summary = "Besluiten op een verzoek (regievoerder)",
            description = "GOEDGEKEURD of AFGEWEZEN (met reden), bij de versie die u het laatst las. Een "
                    + "goedgekeurde verlenging verlengt de begeleiding volgens de regels van het contract; past die "
                    + "niet, dan 422 en verandert er niets. Verouderde versie of al besloten (of ingetrokken): 409. "
                    + "Het antwoord is 200 met het verzoek. Alleen voor wie het huishouden mag zien (vrijwilliger: "
                    + "toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van "
                    + "de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: "
                    + "overgedragen huishoudens); anders 404. Zonder zicht op de voortgang (een budgetcoach zonder "
                    + "toestemming) volgt 403. Besluiten mag alleen de regievoerder van de gemeente "
                    + "van het huishouden; anders 422 (verzoek.niet-toegestaan). Afwijzen zonder reden geeft 422; "
                    + "zonder versie of uitkomst volgt 400. Het besluit komt in het verwerkingslog en de indiener "
                    + "krijgt een melding; een verlenging ook in het traject.")
    VerzoekResource besluit(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het verzoek", example = "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f")
                    @PathVariable UUID id,
            @Valid @RequestBody BesluitRequest besluit) {
        return VerzoekResource.from(verzoeken.besluit(ik, new VerzoekId(id), Objects.requireNonNull(besluit.versie()),
                Objects.requireNonNull(besluit.uitkomst()), besluit.reden()));
    }

    @PostMapping("/verzoeken/{id}/intrekking")
    @Operation(operationId = "verzoekIntrekken", summary = "Een open verzoek intrekken (de indiener)",
            description = "Zoals de knop Intrekken: de indiener trekt een verzoek in waarop nog niet is besloten, bij "
                    + "de versie die u het laatst las. Verouderde versie, of al besloten of ingetrokken: 409, niets "
                    + "gewijzigd; zonder versie 400. Alleen voor wie het huishouden mag zien (vrijwilliger: "
                    + "toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van "
                    + "de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: "
                    + "overgedragen huishoudens); anders 404. Zonder zicht op de voortgang (een budgetcoach zonder "
                    + "toestemming) volgt 403. Alleen wie het verzoek indiende; anders 422 "
                    + "(verzoek.intrekken.niet-indiener). Het antwoord is 200 met het ingetrokken verzoek. Het "
                    + "intrekken komt in het verwerkingslog.")
    VerzoekResource trekIn(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het verzoek", example = "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f")
                    @PathVariable UUID id,
            @Valid @RequestBody VerzoekIntrekkingRequest intrekking) {
        return VerzoekResource.from(verzoeken.trekIn(ik, new VerzoekId(id),
                Objects.requireNonNull(intrekking.versie())));
    }
}
