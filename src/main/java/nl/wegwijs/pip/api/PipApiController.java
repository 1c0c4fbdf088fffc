package nl.wegwijs.pip.api;

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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.pip.Pip;
import nl.wegwijs.pip.PipService;
import nl.wegwijs.pip.PipVersie;
import nl.wegwijs.pip.Plan;
import nl.wegwijs.pip.Voortgang;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.pip.api.PipResources.BijstellingRequest;
import nl.wegwijs.pip.api.PipResources.DoelRequest;
import nl.wegwijs.pip.api.PipResources.DoelResource;
import nl.wegwijs.pip.api.PipResources.PipResource;
import nl.wegwijs.pip.api.PipResources.PlanRequest;
import nl.wegwijs.pip.api.PipResources.VaststellingRequest;
import nl.wegwijs.pip.api.PipResources.VersieResource;
import nl.wegwijs.pip.api.PipResources.VoortgangRequest;
import nl.wegwijs.pip.api.PipResources.VoortgangResource;

/**
 * A household's PIPs. A household the acting medewerker may not see does not exist (404); a reader who sees neither
 * inburgering nor money gets 403 naming INBURGERING; a budgetcoach sees the goals about money only. Only the
 * gemeente's regievoerder drafts, sets and adjusts (otherwise 422); guides and the budgetcoach report progress on
 * the goals their organisation owns. A stale {@code versie} is a 409 and nothing is written.
 */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/pip")
@Tag(name = "PIP", description = "Het Plan Inburgering en Participatie per persoon: versies (concept, vastgesteld, "
        + "bijgesteld), leerroute, modules, doelen per leefgebied met eigenaar, voortgang.")
class PipApiController {

    private final PipService pip;

    PipApiController(PipService pip) {
        this.pip = pip;
    }

    @GetMapping
    @Operation(operationId = "pipsVanHuishouden", summary = "De PIP's van een huishouden, per persoon",
            description = "Elke persoon met een PIP, met alle versies (oudste eerst) en de voortgang op de doelen "
                    + "die u mag zien. Zonder filters en niet gepagineerd: één PIP per inburgeringsplichtige persoon van één "
                    + "huishouden.")
    List<PipResource> pips(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        return pip.pagina(ik, new HuishoudenId(id)).personen().stream().filter(p -> p.pip() != null)
            .map(PipResource::from).toList();
    }

    @GetMapping("/personen/{persoon}")
    @Operation(operationId = "pipVanPersoon", summary = "Het PIP van één persoon",
            description = "Alle versies (oudste eerst) met de doelen die u mag zien, en de voortgang. Alleen voor wie "
                    + "het huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen "
                    + "team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die "
                    + "van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Wie inburgering noch "
                    + "financiën mag zien, krijgt 403; een budgetcoach ziet alleen de doelen over geld. Een persoon "
                    + "buiten het huishouden of zonder PIP geeft ook 404. Het lezen komt in het verwerkingslog.")
    PipResource persoon(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoon) {
        return PipResource.from(pip.persoon(ik, new HuishoudenId(id), persoon));
    }

    @GetMapping("/personen/{persoon}/versies")
    @Operation(operationId = "pipVersies", summary = "De versies van het PIP van één persoon, oudste eerst",
            description = "Zonder filters en niet gepagineerd: een PIP wordt maar enkele keren bijgesteld.")
    List<VersieResource> versies(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoon) {
        return Objects.requireNonNull(pip.persoon(ik, new HuishoudenId(id), persoon).pip()).versies().stream()
            .map(VersieResource::from).toList();
    }

    @PostMapping("/personen/{persoon}")
    @Operation(operationId = "pipOpstellen", summary = "Een PIP opstellen (concept, versie 1)",
            description = "Alleen de regievoerder van de gemeente, voor een inburgeringsplichtige persoon zonder PIP. "
                    + "Het plan in de body is niet verplicht (de versie daarin telt hier niet). Alleen voor wie het "
                    + "huishouden mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team "
                    + "of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van "
                    + "de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Zonder zicht op "
                    + "inburgering volgt 403. Andere rollen, een persoon die niet inburgeringsplichtig is of al een "
                    + "PIP heeft: 422. Het concept komt in het verwerkingslog en het regieoverzicht wordt bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Opgesteld; Location wijst naar het PIP van de persoon",
            headers = @Header(name = "Location", description = "Opgesteld; Location wijst naar het PIP van de persoon",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/pip/personen/7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")))
    ResponseEntity<PipResource> maak(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoon,
                            @RequestBody(required = false) @org.jspecify.annotations.Nullable PlanRequest plan) {
        HuishoudenId h = new HuishoudenId(id);
        pip.maakConcept(ik, h, persoon, plan == null ? Plan.leeg() : plan.plan());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip/personen/{persoon}").build(id, persoon))
            .body(PipResource.from(pip.persoon(ik, h, persoon)));
    }

    @PutMapping("/personen/{persoon}/concept")
    @Operation(operationId = "pipConceptWijzigen", summary = "Het plan van het concept wijzigen",
            description = "Vervangt leerroute, niveau, geplande datums, ontzorgen en intensiteit van het concept. Geef "
                    + "de versie van het PIP mee die u het laatst las; verouderd: 409. Alleen voor wie het huishouden "
                    + "mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of "
                    + "toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de "
                    + "eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Alleen de regievoerder van de "
                    + "gemeente van het huishouden; anders 422. Zonder concept, of "
                    + "met datums buiten bereik, volgt ook 422. Geef de versie van het PIP mee die u het laatst las; "
                    + "verouderd: 409, niets gewijzigd; ontbrekend: 400. De wijziging komt in het verwerkingslog, het "
                    + "regieoverzicht wordt bijgewerkt en de eigenaren van gewijzigde doelen krijgen een melding "
                    + "(niet wie de wijziging deed).")
    PipResource plan(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoon, @Valid @RequestBody PlanRequest plan) {
        HuishoudenId h = new HuishoudenId(id);
        pip.wijzigPlan(ik, h, persoon, Objects.requireNonNull(plan.versie()), plan.plan());
        return PipResource.from(pip.persoon(ik, h, persoon));
    }

    @PostMapping("/personen/{persoon}/concept/doelen")
    @Operation(operationId = "pipDoelToevoegen", summary = "Een doel aan het concept toevoegen",
            description = "Voegt een doel in een leefgebied toe, met eigenaar en streefdatum. Het antwoord is het hele "
                    + "PIP. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Alleen de regievoerder van de gemeente van het huishouden; anders 422. Zonder "
                    + "concept, zonder omschrijving, met te lange tekst of een streefdatum buiten "
                    + "bereik volgt ook 422. Location wijst naar het nieuwe doel in het concept. Geef de versie van het PIP mee die u het laatst las; verouderd: 409, niets "
                    + "gewijzigd; ontbrekend: 400. De wijziging komt in het verwerkingslog, het regieoverzicht wordt "
                    + "bijgewerkt en de eigenaren van gewijzigde doelen krijgen een melding (niet wie de wijziging "
                    + "deed).")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location wijst naar het nieuwe doel",
            headers = @Header(name = "Location", description = "adres van het nieuwe doel in het concept",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/pip/personen/7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d/concept/doelen/1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")))
    ResponseEntity<PipResource> voegDoelToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
                            @Parameter(description = "id van de "
                                    + "persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                                    @PathVariable UUID persoon, @Valid @RequestBody DoelRequest doel) {
        HuishoudenId h = new HuishoudenId(id);
        UUID nieuw = pip.voegDoelToe(ik, h, persoon, Objects.requireNonNull(doel.versie()), doel.gegevens());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip/personen/{persoon}/concept/doelen/{doel}")
                .build(id, persoon, nieuw))
            .body(PipResource.from(pip.persoon(ik, h, persoon)));
    }

    @GetMapping("/personen/{persoon}/concept/doelen/{doel}")
    @Operation(summary = "Een doel van het concept",
            description = "Leefgebied, omschrijving, eigenaar, streefdatum en stand van een doel in het concept van "
                    + "het PIP. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
                    + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
                    + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); "
                    + "anders 404. Wie inburgering noch financiën mag zien, krijgt 403. Een persoon zonder PIP, een "
                    + "PIP zonder concept of een doel dat niet in het concept staat of dat u niet mag zien, geeft "
                    + "404. Het lezen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "Het doel")
    DoelResource doel(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoon,
            @Parameter(description = "id van het doel", example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")
                    @PathVariable UUID doel) {
        Pip p = Objects.requireNonNull(pip.persoon(ik, new HuishoudenId(id), persoon).pip());
        return p.concept().flatMap(v -> v.doelen().stream().filter(d -> d.id().equals(doel)).findFirst())
            .map(DoelResource::from).orElseThrow(NietGevonden::new);
    }

    @PutMapping("/personen/{persoon}/concept/doelen/{doel}")
    @Operation(operationId = "pipDoelWijzigen", summary = "Een doel van het concept wijzigen",
            description = "Het doel houdt zijn id, ook in latere versies, zodat de voortgang erbij blijft. Het "
                    + "antwoord is het hele PIP. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Alleen de regievoerder van de gemeente van het huishouden; anders "
                    + "422. Een onbekend doel geeft 404; zonder concept, zonder "
                    + "omschrijving of met datums buiten bereik volgt 422. Geef de versie van het PIP mee die u het "
                    + "laatst las; verouderd: 409, niets gewijzigd; ontbrekend: 400. De wijziging komt in het "
                    + "verwerkingslog, het regieoverzicht wordt bijgewerkt en de eigenaren van gewijzigde doelen "
                    + "krijgen een melding (niet wie de wijziging deed).")
    PipResource wijzigDoel(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoon,
                            @Parameter(description = "id van het doel (blijft gelijk over "
                                    + "versies)", example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")
                                    @PathVariable UUID doel, @Valid @RequestBody DoelRequest gegevens) {
        HuishoudenId h = new HuishoudenId(id);
        pip.wijzigDoel(ik, h, persoon, Objects.requireNonNull(gegevens.versie()), doel, gegevens.gegevens());
        return PipResource.from(pip.persoon(ik, h, persoon));
    }

    @PostMapping("/personen/{persoon}/vaststellingen")
    @Operation(operationId = "pipVaststellen", summary = "Het concept vaststellen (het besluit)",
            description = "Versie 1 legt de PIP-datum vast in het traject, zodat die termijn klaar is. Het antwoord "
                    + "is de vastgestelde versie. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Alleen de regievoerder van de gemeente van het huishouden; anders "
                    + "422. Ook 422: geen concept, een datum in de toekomst, buiten "
                    + "bereik of voor de vorige versie, geen leerroute, geen doelen. Geef de versie van het PIP mee "
                    + "die u het laatst las; verouderd: 409, niets gewijzigd; ontbrekend: 400. De wijziging komt in "
                    + "het verwerkingslog, het regieoverzicht wordt bijgewerkt en de eigenaren van gewijzigde doelen "
                    + "krijgen een melding (niet wie de wijziging deed). Location wijst naar de lijst van "
                    + "versies van de persoon.")
    @ApiResponse(responseCode = "201", description = "Vastgesteld; Location wijst naar de versies van het PIP",
            headers = @Header(name = "Location", description = "Vastgesteld; Location wijst naar de versies van het "
                    + "PIP",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/pip/personen/7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d/versies")))
    ResponseEntity<VersieResource> stelVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
                            @Parameter(description = "id van de "
                                    + "persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                                    @PathVariable UUID persoon, @Valid @RequestBody VaststellingRequest v) {
        Pip p = pip.stelVast(ik, new HuishoudenId(id), persoon, Objects.requireNonNull(v.versie()),
                Objects.requireNonNull(v.op()));
        return versie(id, persoon, p.huidige().orElseThrow());
    }

    @PostMapping("/personen/{persoon}/bijstellingen")
    @Operation(operationId = "pipBijstellen", summary = "Het PIP bijstellen: een nieuw concept uit de huidige versie",
            description = "Met een reden (bij OVERIG ook een toelichting). De doelen gaan mee met hun id. Het "
                    + "antwoord is het nieuwe concept. Alleen voor wie het huishouden mag zien (vrijwilliger: "
                    + "toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van "
                    + "de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: "
                    + "overgedragen huishoudens); anders 404. Alleen de regievoerder van de gemeente van het "
                    + "huishouden; anders 422. Ook 422: nog niet vastgesteld, al een concept open, "
                    + "geen reden, OVERIG zonder toelichting, te lange tekst. Geef de versie van het PIP mee die u "
                    + "het laatst las; verouderd: 409, niets gewijzigd; ontbrekend: 400. De wijziging komt in het "
                    + "verwerkingslog, het regieoverzicht wordt bijgewerkt en de eigenaren van gewijzigde doelen "
                    + "krijgen een melding (niet wie de wijziging deed). Location wijst naar de lijst van "
                    + "versies van de persoon.")
    @ApiResponse(responseCode = "201", description = "Nieuw concept; Location wijst naar de versies van het PIP",
            headers = @Header(name = "Location", description = "Nieuw concept; Location wijst naar de versies van het "
                    + "PIP",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/pip/personen/7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d/versies")))
    ResponseEntity<VersieResource> stelBij(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
                            @Parameter(description = "id van de "
                                    + "persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                                    @PathVariable UUID persoon, @Valid @RequestBody BijstellingRequest b) {
        Pip p = pip.stelBij(ik, new HuishoudenId(id), persoon, Objects.requireNonNull(b.versie()), b.reden(),
                b.toelichting());
        return versie(id, persoon, p.concept().orElseThrow());
    }

    @GetMapping("/doelen/{doel}/voortgang/{voortgang}")
    @Operation(summary = "Een voortgangsmelding op een doel",
            description = "Datum, tekst en eventueel de stand die het doel kreeg. Alleen voor wie het huishouden mag "
                    + "zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; "
                    + "teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen "
                    + "gemeente; wijkteam: overgedragen huishoudens); anders 404. Wie inburgering noch financiën mag "
                    + "zien, krijgt 403. Een melding op een doel dat u niet mag zien, of een onbekende melding, geeft "
                    + "404. Het lezen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "De melding")
    VoortgangResource voortgang(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
            @Parameter(description = "id van het doel", example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")
                    @PathVariable UUID doel,
            @Parameter(description = "id van de melding", example = "6f5e4d3c-2b1a-4c9d-8e7f-6a5b4c3d2e1f")
                    @PathVariable UUID voortgang) {
        return pip.pagina(ik, new HuishoudenId(id)).personen().stream().filter(p -> p.pip() != null)
            .flatMap(p -> p.alleVoortgang().stream())
            .filter(v -> v.id().equals(voortgang) && v.doelId().equals(doel)).findFirst()
            .map(VoortgangResource::from).orElseThrow(NietGevonden::new);
    }

    @PostMapping("/doelen/{doel}/voortgang")
    @Operation(operationId = "pipVoortgangMelden", summary = "Voortgang melden op een doel",
            description = "De regievoerder op elk doel; begeleider, teamleider en vrijwilliger op doelen van de "
                    + "uitvoerder; de budgetcoach op doelen van de budgetcoach; anders 422 "
                    + "(pip.rapporteren.niet-eigenaar). Geef de versie van het doel mee; verouderd: 409, niets "
                    + "gewijzigd; ontbrekend: 400. Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Een doel dat u niet mag zien of dat niet in de geldende "
                    + "versie staat geeft 404. Ook 422: geen datum, een datum in de toekomst, te lange tekst. Met een "
                    + "status krijgt het doel die stand. De melding komt in het verwerkingslog, het regieoverzicht "
                    + "wordt bijgewerkt en de eigenaar van het doel krijgt een melding (niet wie rapporteert). "
                    + "Location wijst naar de nieuwe melding.")
    @ApiResponse(responseCode = "201", description = "Gemeld; Location wijst naar de nieuwe melding",
            headers = @Header(name = "Location", description = "adres van de nieuwe voortgangsmelding",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/pip/doelen/"
                                    + "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e/voortgang/"
                                    + "6f5e4d3c-2b1a-4c9d-8e7f-6a5b4c3d2e1f")))
    ResponseEntity<VoortgangResource> rapporteer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
                    @PathVariable UUID id,
                            @Parameter(description = "id van het doel (blijft gelijk over "
                                    + "versies)", example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")
                                    @PathVariable UUID doel, @Valid @RequestBody VoortgangRequest v) {
        Voortgang r = pip.rapporteer(ik, new HuishoudenId(id), doel, Objects.requireNonNull(v.versie()), v.op(),
                v.tekst(), v.status());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip/doelen/{doel}/voortgang/{voortgang}").build(id, doel, r.id()))
            .body(VoortgangResource.from(r));
    }

    private static ResponseEntity<VersieResource> versie(UUID id, UUID persoon, PipVersie v) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip/personen/{persoon}/versies").build(id, persoon))
            .body(VersieResource.from(v));
    }
}
