package nl.wegwijs.signaal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.signaal.Actiepunt;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalBericht;
import nl.wegwijs.signaal.SignaalId;
import nl.wegwijs.signaal.SignaalStatus;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.system.NietGevonden;

/**
 * Signals, their thread and their plan van aanpak. A household or signal the acting medewerker may not see does not
 * exist (404); raising and replying need a guiding role on a running trajectory, managing (stand, plan) also the
 * rule of {@link SignaalService#magBeheren} (otherwise 422); a stale version is a 409. The report as raised is never
 * changed.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Signalen", description = "Signalen over een huishouden, van de begeleiding naar de gemeente en "
        + "andersom, met urgentie en een plan van aanpak.")
class SignaalApiController {

    private final SignaalService signalen;

    SignaalApiController(SignaalService signalen) {
        this.signalen = signalen;
    }

    @GetMapping(path = "/signalen", produces = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De open signalen van de huishoudens die u mag zien, per pagina",
            description = """
                    De open (niet afgesloten) signalen van de huishoudens die u mag zien en van de signalen die u \
                    mag zien, meest dringend eerst, dan de nieuwste (zonder vrije tekst), per pagina (keyset). \
                    Filters (optioneel, ze beperken alleen): categorie, urgentie, status en de meldingsdatum \
                    (gemeldVanaf, gemeldTot). Geen sortering: de volgorde is altijd meest dringend eerst. Het veld \
                    volgende is de volledige URL van de volgende pagina met dezelfde filters, of null op de laatste \
                    pagina. Een onbekende parameter of waarde, of een aantal buiten 1 tot en met 100 geeft 400. \
                    Rollen die geen huishoudens zien (beleid, beheer, privacy): 404. Vastgelegd in het \
                    verwerkingslog: één regel per persoon van elk getoond huishouden.""")
    SignaalPagina open(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "Alleen signalen in een van deze categorieën; herhaal de parameter of scheid met "
                    + "komma's.")
            @RequestParam(required = false) java.util.@Nullable List<nl.wegwijs.signaal.Categorie> categorie,
            @Parameter(description = "Alleen signalen met een van deze urgenties.")
            @RequestParam(required = false) java.util.@Nullable List<nl.wegwijs.signaal.Urgentie> urgentie,
            @Parameter(description = "Alleen signalen met een van deze statussen (deze lijst toont alleen open "
                    + "signalen: OPEN of IN_BEHANDELING).")
            @RequestParam(required = false) java.util.@Nullable List<nl.wegwijs.signaal.SignaalStatus> status,
            @Parameter(description = "Alleen signalen gemeld op of na deze datum.", example = "2026-01-01")
            @RequestParam(name = "gemeldVanaf", required = false) java.time.@Nullable LocalDate gemeldVanaf,
            @Parameter(description = "Alleen signalen gemeld vóór deze datum (de datum zelf telt niet mee).",
                    example = "2026-07-01")
            @RequestParam(name = "gemeldTot", required = false) java.time.@Nullable LocalDate gemeldTot,
            @Parameter(description = "Het id van het laatste signaal van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel signalen per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        SignaalService.OpenSignalen pagina = signalen.open(ik, new SignaalService.Selectie(categorie, urgentie,
                status, gemeldVanaf, gemeldTot), na == null ? null : new SignaalId(na), aantal);
        return SignaalPagina.van(pagina.signalen().stream().map(SignaalRegelResource::from).toList(),
                pagina.volgende() == null ? null : pagina.volgende().value());
    }

    @GetMapping("/huishoudens/{id}/signalen")
    @Operation(summary = "De signalen van een huishouden, per pagina",
            description = "Open eerst, meest dringend eerst, dan de nieuwste (keyset); alleen de signalen die u "
                    + "mag zien. Geen filters of sortering (de lijst hoort bij één huishouden; filteren over "
                    + "huishoudens heen kan met GET /api/v1/signalen). Wie het huishouden niet ziet krijgt 404. "
                    + "Het veld volgende is de volledige URL van de volgende pagina, of null op de laatste pagina. Een onbekende parameter of een aantal buiten 1 tot en met 100 geeft 400. Vastgelegd in het verwerkingslog.")
    SignaalPagina vanHuishouden(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Parameter(description = "Het id van het laatste signaal van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel signalen per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        SignaalService.SignalenVanHuishouden pagina = signalen.signalen(ik, new HuishoudenId(id),
                na == null ? null : new SignaalId(na), aantal);
        return SignaalPagina.van(pagina.signalen().stream().map(SignaalRegelResource::from).toList(),
                pagina.volgende() == null ? null : pagina.volgende().value());
    }

    @PostMapping("/huishoudens/{id}/signalen")
    @Operation(summary = "Een signaal melden", description = "Kies aan wie: aan de regievoerder (REGIEVOERDER), de "
            + "teamleider (TEAMLEIDER), de begeleiding van het huishouden (BEGELEIDING), of één toegewezen begeleider "
            + "of vrijwilliger (aanMedewerkerId). Zonder keuze: van de uitvoerder naar de regievoerder, van de "
            + "gemeente naar de begeleiding. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
            + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
            + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
            + "huishoudens); anders 404. Melden mag wie het huishouden begeleidt (vrijwilliger als "
            + "toegewezen, begeleider, teamleider, regievoerder, budgetcoach) zolang het traject niet is afgesloten; "
            + "anders 422. Ook 422: aan de regievoerder door een regievoerder of aan de teamleider door een "
            + "teamleider, aan uzelf of aan een begeleider die niet is toegewezen, van de begeleiding aan de "
            + "regievoerder zonder deling (toestemming of acuut gevaar), een persoon buiten het huishouden. Een "
            + "ontbrekend verplicht veld, een meldingsdatum in de toekomst of te lange tekst geeft 400. De melding "
            + "zelf verandert daarna nooit. Het komt in het verwerkingslog en werklijst en regieoverzicht worden "
            + "bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Gemeld; Location wijst naar het nieuwe signaal",
            headers = @Header(name = "Location", description = "adres van het nieuwe signaal",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/signalen/5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")))
    ResponseEntity<SignaalResource> meld(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Valid @RequestBody SignaalRequest signaal) {
        Signaal s = signalen.meld(ik, new HuishoudenId(id), signaal.toNieuwSignaal());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/signalen/{id}").build(s.id().value())).body(SignaalResource.from(s));
    }

    @GetMapping("/signalen/{id}")
    @Operation(summary = "Eén signaal met zijn plan van aanpak",
            description = "De melding zoals zij werd gedaan, aan wie, de stand en de acties. Alleen voor wie het "
                    + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team "
                    + "of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van "
                    + "de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Een signaal dat u alleen "
                    + "met toestemming mag zien geeft 403; een signaal dat geen toestemming opent (huiselijk geweld "
                    + "buiten de kring, een gevoelig signaal voor een vrijwilliger die het niet meldde en niet wordt "
                    + "genoemd) geeft 404. Het lezen komt in het "
                    + "verwerkingslog.")
    SignaalResource signaal(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het signaal", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")
                    @PathVariable UUID id) {
        return signalen.find(ik, new SignaalId(id)).map(i -> SignaalResource.from(i.signaal()))
            .orElseThrow(NietGevonden::new);
    }

    @PutMapping("/signalen/{id}/stand")
    @Operation(summary = "De stand van een signaal zetten: in behandeling, open, afgesloten of heropend",
            description = "De melding zelf verandert nooit. Afsluiten vraagt een toelichting (afsluitnotitie). Alleen "
                    + "wie het signaal mag beheren: teamleider, regievoerder, de melder, of de begeleider aan wie "
                    + "het is gericht. Geef de versie mee die u het laatst las; is die verouderd, dan 409 en wijzigt "
                    + "er niets. Een open stand op een afgesloten signaal heropent het. Alleen voor wie het "
                    + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team "
                    + "of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van "
                    + "de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Een signaal dat u alleen "
                    + "met toestemming mag zien geeft 403; een signaal dat geen toestemming opent (huiselijk geweld "
                    + "buiten de kring, een gevoelig signaal voor een vrijwilliger die het niet meldde en niet wordt "
                    + "genoemd) geeft 404. Beheren mag wie het huishouden begeleidt zolang het traject loopt en "
                    + "verantwoordelijk is: teamleider of regievoerder, de melder, of de begeleider aan wie het is "
                    + "gericht; een vrijwilliger en een budgetcoach alleen signalen die zij zelf meldden, een "
                    + "vrijwilliger nooit een gevoelig signaal. Anders 422 (signaal.beheer.niet-toegestaan of "
                    + "signaal.beheer.gevoelig). Ook 422: afsluiten zonder "
                    + "toelichting of met open acties (zonder ondanksOpenActies), dezelfde stand nog eens, heropenen "
                    + "wat al open is. Zonder versie of status volgt 400. De standwijziging komt in het gesprek. Het "
                    + "komt in het verwerkingslog en werklijst en regieoverzicht worden bijgewerkt.")
    SignaalResource zetStand(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het signaal", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")
                    @PathVariable UUID id,
            @Valid @RequestBody StandRequest stand) {
        SignaalId s = new SignaalId(id);
        long versie = Objects.requireNonNull(stand.versie());
        SignaalStatus status = Objects.requireNonNull(stand.status());
        Signaal huidig = signalen.find(ik, s).map(SignaalService.SignaalInzage::signaal)
            .orElseThrow(NietGevonden::new);
        Signaal na;
        if (status == SignaalStatus.AFGESLOTEN) {
            na = signalen.sluitAf(ik, s, versie, stand.toelichting(), Boolean.TRUE.equals(stand.ondanksOpenActies()));
        }
        else if (!huidig.status().isOpen()) {
            na = signalen.heropen(ik, s, versie, stand.toelichting());
            if (status != SignaalStatus.OPEN) {
                na = signalen.zetStand(ik, s, na.versie(), status, null);
            }
        }
        else {
            na = signalen.zetStand(ik, s, versie, status, stand.toelichting());
        }
        return SignaalResource.from(na);
    }

    @GetMapping("/signalen/{id}/berichten")
    @Operation(summary = "Het gesprek over een signaal: reacties, standwijzigingen en acties, in volgorde, met wie "
            + "wat schreef en wanneer", description = "Zonder filters en niet gepagineerd: een gesprek blijft kort en "
                    + "is alleen als geheel te lezen. Wie het signaal niet mag zien krijgt 404.")
    BerichtPagina berichten(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        return signalen.find(ik, new SignaalId(id))
            .map(i -> new BerichtPagina(i.signaal().berichten().stream().map(BerichtResource::from).toList()))
            .orElseThrow(NietGevonden::new);
    }

    @GetMapping("/signalen/{id}/berichten/{berichtId}")
    @Operation(summary = "Eén bericht uit het gesprek over een signaal",
            description = "Een reactie, standwijziging of actie, met wie het schreef en wanneer. Alleen voor wie het "
                    + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team "
                    + "of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van "
                    + "de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Een signaal dat u alleen "
                    + "met toestemming mag zien geeft 403; een signaal dat geen toestemming opent (huiselijk geweld "
                    + "buiten de kring, een gevoelig signaal voor een vrijwilliger die het niet meldde en niet wordt "
                    + "genoemd) geeft 404. Een bericht van "
                    + "een ander signaal geeft ook 404. Het lezen komt in het verwerkingslog.")
    BerichtResource bericht(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het signaal", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")
                    @PathVariable UUID id,
            @Parameter(description = "id van het bericht", example = "6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d")
            @PathVariable UUID berichtId) {
        return signalen.find(ik, new SignaalId(id)).stream().flatMap(i -> i.signaal().berichten().stream())
            .filter(b -> b.id().equals(berichtId)).findFirst().map(BerichtResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping("/signalen/{id}/berichten")
    @Operation(summary = "Reageren op een signaal", description = "De reactie staat op uw naam in het gesprek; de "
            + "melding zelf verandert niet. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
            + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
            + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
            + "huishoudens); anders 404. Een signaal dat u alleen met toestemming mag zien geeft 403; een signaal dat "
            + "geen toestemming opent (huiselijk geweld buiten de kring, een gevoelig signaal voor een vrijwilliger "
            + "die het niet meldde en niet wordt genoemd) geeft 404. Reageren mag wie het huishouden begeleidt "
            + "(vrijwilliger als "
            + "toegewezen, begeleider, teamleider, regievoerder, budgetcoach) zolang het traject loopt, ook op een "
            + "afgesloten signaal; anders 422. Een lege of te lange reactie (tot 4000 tekens) geeft 400. Het komt in "
            + "het verwerkingslog en werklijst en regieoverzicht worden bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Geplaatst; Location wijst naar het nieuwe bericht",
            headers = @Header(name = "Location", description = "adres van het nieuwe bericht",
                    schema = @Schema(type = "string", format = "uri", example = "/api/v1/signalen/"
                            + "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c/berichten/6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d")))
    ResponseEntity<BerichtResource> reageer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het signaal", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")
                    @PathVariable UUID id,
            @Valid @RequestBody ReactieRequest reactie) {
        SignaalBericht b = signalen.reageer(ik, new SignaalId(id), reactie.tekst());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{berichtId}")
                .build(b.id())).body(BerichtResource.from(b));
    }

    @PostMapping("/signalen/{id}/acties")
    @Operation(summary = "Een actie aan het plan van aanpak toevoegen",
            description = "Een actie met eigenaar en streefdatum; PARTNER vraagt een partnerNaam, een medewerker als "
                    + "eigenaar werkt bij de uitvoerder (als begeleider) of de gemeente (als regievoerder) van het "
                    + "huishouden. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Een signaal dat u alleen met toestemming mag zien geeft 403; een signaal dat geen "
                    + "toestemming opent (huiselijk geweld buiten de kring, een gevoelig signaal voor een "
                    + "vrijwilliger die het niet meldde en niet wordt genoemd) geeft 404. Beheren mag wie het "
                    + "huishouden begeleidt zolang het traject loopt en verantwoordelijk is: teamleider of "
                    + "regievoerder, de melder, of de begeleider aan wie het is gericht; een vrijwilliger en een "
                    + "budgetcoach alleen signalen die zij zelf meldden, een vrijwilliger nooit een gevoelig signaal. "
                    + "Anders 422 (signaal.beheer.niet-toegestaan of signaal.beheer.gevoelig). Ook 422: een "
                    + "afgesloten signaal, een onbekende eigenaar. Een ontbrekend "
                    + "verplicht veld, te lange tekst of gedaanOp in de toekomst geeft 400. De actie komt in het "
                    + "gesprek. Het komt in het verwerkingslog en werklijst en regieoverzicht worden bijgewerkt. "
                    + "Location wijst naar de nieuwe actie.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location wijst naar de nieuwe actie",
            headers = @Header(name = "Location", description = "adres van de nieuwe actie",
                    schema = @Schema(type = "string", format = "uri", example = "/api/v1/signalen/"
                            + "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c/acties/7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e")))
    ResponseEntity<ActiepuntResource> voegActieToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het signaal", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")
                    @PathVariable UUID id, @Valid @RequestBody ActiepuntRequest actie) {
        Actiepunt a = signalen.voegActieToe(ik, new SignaalId(id), actie.toGegevens());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{actieId}")
                .build(a.id())).body(ActiepuntResource.from(a));
    }

    @GetMapping("/signalen/{id}/acties/{actieId}")
    @Operation(summary = "Eén actie uit het plan van aanpak van een signaal",
            description = "Wat er moet gebeuren, door wie, wanneer, en of het gedaan is. Alleen voor wie het "
                    + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team "
                    + "of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van "
                    + "de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Een signaal dat u alleen "
                    + "met toestemming mag zien geeft 403; een signaal dat geen toestemming opent (huiselijk geweld "
                    + "buiten de kring, een gevoelig signaal voor een vrijwilliger die het niet meldde en niet wordt "
                    + "genoemd) geeft 404. Een actie van een ander signaal geeft ook 404. Het lezen komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "De actie")
    ActiepuntResource actie(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het signaal", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")
                    @PathVariable UUID id,
            @Parameter(description = "id van de actie", example = "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e")
            @PathVariable UUID actieId) {
        return signalen.find(ik, new SignaalId(id)).stream().flatMap(i -> i.signaal().acties().stream())
            .filter(a -> a.id().equals(actieId)).findFirst().map(ActiepuntResource::from)
            .orElseThrow(NietGevonden::new);
    }

    @PutMapping("/signalen/{id}/acties/{actieId}")
    @Operation(summary = "Een actie wijzigen of afvinken (gedaanOp)", description = "Geef de versie van de actie "
            + "mee die u het laatst las; is die verouderd, dan 409 en wijzigt er niets. Alleen voor wie het "
            + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of "
            + "toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
            + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Een signaal dat u alleen met toestemming "
            + "mag zien geeft 403; een signaal dat geen toestemming opent (huiselijk geweld buiten de kring, een "
            + "gevoelig signaal voor een vrijwilliger die het niet meldde en niet wordt genoemd) geeft 404. Beheren "
            + "mag wie het huishouden begeleidt zolang het traject loopt en verantwoordelijk is: teamleider of "
            + "regievoerder, de melder, of de begeleider aan wie het is gericht; een vrijwilliger en een budgetcoach "
            + "alleen signalen die zij zelf meldden, een vrijwilliger nooit een gevoelig signaal. Anders 422 "
            + "(signaal.beheer.niet-toegestaan of signaal.beheer.gevoelig). Afvinken (gedaanOp) "
            + "mag ook de eigenaar van de actie. Een onbekende actie geeft 404; een afgesloten signaal 422. Een "
            + "ontbrekend verplicht veld of gedaanOp in de toekomst geeft 400. De wijziging komt in het gesprek. Het "
            + "komt in het verwerkingslog en werklijst en regieoverzicht worden bijgewerkt.")
    ActiepuntResource wijzigActie(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het signaal", example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")
                    @PathVariable UUID id,
            @Parameter(description = "id van de actie", example = "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e")
            @PathVariable UUID actieId, @Valid @RequestBody ActiepuntWijziging actie) {
        return ActiepuntResource.from(signalen.wijzigActie(ik, new SignaalId(id), actieId,
                java.util.Objects.requireNonNull(actie.versie()), actie.toGegevens()));
    }
}
