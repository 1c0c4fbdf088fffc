package nl.wegwijs.zelfredzaamheid.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.zelfredzaamheid.Actie;
import nl.wegwijs.zelfredzaamheid.Domein;
import nl.wegwijs.zelfredzaamheid.Instrument;
import nl.wegwijs.zelfredzaamheid.Meting;
import nl.wegwijs.zelfredzaamheid.NieuweMeting;
import nl.wegwijs.zelfredzaamheid.ZelfredzaamheidService;
import nl.wegwijs.zelfredzaamheid.api.MetingResources.MetingCorrectieRequest;
import nl.wegwijs.zelfredzaamheid.api.MetingResources.MetingPagina;
import nl.wegwijs.zelfredzaamheid.api.MetingResources.MetingRequest;
import nl.wegwijs.zelfredzaamheid.api.MetingResources.MetingResource;
import nl.wegwijs.zelfredzaamheid.api.PlanactieResources.PlanactiePagina;
import nl.wegwijs.zelfredzaamheid.api.PlanactieResources.PlanactieRequest;
import nl.wegwijs.zelfredzaamheid.api.PlanactieResources.PlanactieResource;
import nl.wegwijs.zelfredzaamheid.api.PlanactieResources.PlanactieWijziging;
import nl.wegwijs.zelfredzaamheid.api.ZelfredzaamheidStandResources.ZelfredzaamheidResource;

/**
 * A household's self-reliance: the stand ("zelfredzaam genoeg?"), the measurements (record, correct) and the
 * begeleidingsplan (add, tick off), through the service methods of the screens. A household the acting medewerker
 * may not see does not exist (404); the gemeente without the person's consent for ZELFREDZAAMHEID gets 403 naming
 * it; recording is for the guidance only (403 for another role), while the trajectory runs (otherwise 422); a stale
 * version is a 409.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Zelfredzaamheid", description = "Zelfredzaamheid van een huishouden: metingen per persoon met een "
        + "niveau per onderdeel of domein, correcties met reden, het begeleidingsplan en het oordeel ‘zelfredzaam "
        + "genoeg?’; de meetinstrumenten en de keuzes per contract.")
class ZelfredzaamheidApiController {

    static final String ZIEN = "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
            + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder "
            + "en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. De gemeente "
            + "(regievoerder, budgetcoach, wijkteam) ziet de uitkomsten alleen met toestemming van de persoon voor de "
            + "gegevenssoort ZELFREDZAAMHEID; zonder die toestemming 403 met gegevenssoort. ";

    static final String VASTLEGGEN = "Vastleggen mag alleen de begeleiding (vrijwilliger als toegewezen, begeleider, "
            + "teamleider); een andere rol krijgt 403. Een afgesloten traject geeft 422. ";

    private final ZelfredzaamheidService zelf;
    private final Clock clock;

    ZelfredzaamheidApiController(ZelfredzaamheidService zelf, Clock clock) {
        this.zelf = zelf;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/zelfredzaamheid")
    @Operation(operationId = "zelfredzaamheidStand", summary = "Waar het huishouden staat: zelfredzaam genoeg?",
            description = "Het instrument en de regel van het contract, wie gemeten kan worden, de volgende geplande "
                    + "meting (en of die te laat is), stilstand en het laagste niveau (zoals de werklijst), en de stand "
                    + "op de laatste meting van elke persoon met het oordeel ‘zelfredzaam genoeg?’ (null zolang niemand "
                    + "gemeten is). " + ZIEN + "Het lezen komt in het verwerkingslog (een regel per persoon).")
    ZelfredzaamheidResource stand(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id) {
        return ZelfredzaamheidResource.van(zelf.overzicht(ik, new HuishoudenId(id)), LocalDate.now(clock));
    }

    // --- measurements

    @GetMapping("/huishoudens/{id}/zelfredzaamheid/metingen")
    @Operation(operationId = "zelfredzaamheidMetingen", summary = "De metingen van een huishouden, per pagina",
            description = "Alle metingen van de personen (of van het huishouden), oudste eerst, met hun scores en "
                    + "correcties; keyset. Geen filters of sortering (de lijst hoort bij één huishouden). " + ZIEN
                    + "Het veld volgende is de volledige URL van de volgende pagina, of null op de laatste pagina. Een "
                    + "onbekende parameter of een aantal buiten 1 tot en met 100 geeft 400. Vastgelegd in het "
                    + "verwerkingslog.")
    MetingPagina metingen(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "Het id van de laatste meting van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel metingen per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, new HuishoudenId(id));
        Keyset<Meting> pagina = Keyset.van(o.alleMetingen(), Meting::id, na, aantal);
        return new MetingPagina(pagina.items().stream().map(m -> resource(o, m)).toList(), pagina.volgende());
    }

    @GetMapping("/huishoudens/{id}/zelfredzaamheid/metingen/{meting}")
    @Operation(operationId = "zelfredzaamheidMeting", summary = "Eén meting met haar scores en correcties",
            description = ZIEN + "Een meting van een ander huishouden geeft ook 404. Het lezen komt in het "
                    + "verwerkingslog.")
    MetingResource meting(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de meting", example = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b")
            @PathVariable UUID meting) {
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, new HuishoudenId(id));
        return resource(o, o.meting(meting).orElseThrow(NietGevonden::new));
    }

    @PostMapping("/huishoudens/{id}/zelfredzaamheid/metingen")
    @Operation(operationId = "zelfredzaamheidMeten", summary = "Een meting vastleggen",
            description = "Een meting van een persoon (of, bij een instrument dat het huishouden meet, van het "
                    + "huishouden: zonder persoonId) op een datum, met een score per onderdeel of domein dat besproken "
                    + "is en een korte notitie. De eerste meting is altijd de nulmeting; daarna VERVOLG (standaard), "
                    + "TUSSENTIJDS of EIND. " + ZIEN + VASTLEGGEN + "Ook 422: geen score, een onderdeel dat niet bij "
                    + "het instrument hoort of uit staat voor het contract, een onderdeel twee keer, een niveau buiten "
                    + "de schaal (zelfredzaamheid.fout.niveau-buiten-schaal), een niveau bij GEREALISEERD of "
                    + "NIET_VAN_TOEPASSING, een datum in de toekomst, een persoon buiten het huishouden. Een ontbrekend "
                    + "verplicht veld of te lange tekst geeft 400. Bij een weigering wordt niets opgeslagen. De meting "
                    + "komt in het verwerkingslog en de werklijst (volgende meting, stilstand, laagste niveau) wordt "
                    + "bijgewerkt.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de nieuwe meting",
            headers = @Header(name = "Location", description = "adres van de nieuwe meting",
                    schema = @Schema(type = "string", format = "uri", example = "/api/v1/huishoudens/"
                            + "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/zelfredzaamheid/metingen/"
                            + "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b")))
    ResponseEntity<MetingResource> meet(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id, @Valid @RequestBody MetingRequest meting) {
        Meting m = zelf.meet(ik, new HuishoudenId(id), new NieuweMeting(meting.persoonId(),
                Objects.requireNonNull(meting.gemetenOp()), meting.soort(), meting.notitie(), meting.toScores()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{meting}")
                .build(m.id())).body(MetingResource.van(m, zelf.instrument(m.instrumentId()).orElse(null),
                        java.util.List.of()));
    }

    @PutMapping("/huishoudens/{id}/zelfredzaamheid/metingen/{meting}")
    @Operation(operationId = "zelfredzaamheidMetingCorrigeren", summary = "Een eerdere meting corrigeren, met reden",
            description = "Voor een verkeerd vastgelegd niveau, een verkeerde datum of notitie: stuur de hele meting "
                    + "zoals zij had moeten zijn (de scores vervangen die van de meting), de reden van de correctie en "
                    + "de versie die u het laatst las. Is die verouderd, dan 409 en wordt er niets opgeslagen. De oude "
                    + "waarden blijven bewaard bij de correctie; de meting houdt haar soort. " + ZIEN + "Corrigeren mag "
                    + "alleen de begeleiding (vrijwilliger als toegewezen, begeleider, teamleider); een andere rol "
                    + "krijgt 403. Een afgesloten traject geeft 422 "
                    + "(zelfredzaamheid.fout.afgesloten-correctie). Ook 422, zonder dat er iets wordt opgeslagen: een "
                    + "niveau buiten de schaal van het instrument van de meting "
                    + "(zelfredzaamheid.fout.niveau-buiten-schaal), geen score, een onbekend of dubbel onderdeel, een "
                    + "datum in de toekomst, een nulmeting na een latere meting of een meting vóór de nulmeting, een "
                    + "lege reden, en een correctie die niets verandert. Een meting van een ander huishouden geeft 404. "
                    + "Een ontbrekend verplicht veld (ook de reden) of te lange tekst geeft 400. De correctie komt in "
                    + "het verwerkingslog, de stand en de werklijst (volgende meting, stilstand, laagste niveau) worden "
                    + "opnieuw berekend; het antwoord is de meting zoals zij nu is (ook dat lezen komt in het "
                    + "verwerkingslog).")
    MetingResource corrigeer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de meting", example = "8e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b")
            @PathVariable UUID meting, @Valid @RequestBody MetingCorrectieRequest correctie) {
        HuishoudenId h = new HuishoudenId(id);
        zelf.wijzig(ik, h, meting, Objects.requireNonNull(correctie.versie()),
                Objects.requireNonNull(correctie.gemetenOp()), correctie.notitie(), correctie.toScores(),
                correctie.reden());
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, h);
        return resource(o, o.meting(meting).orElseThrow(NietGevonden::new));
    }

    private MetingResource resource(ZelfredzaamheidService.Overzicht o, Meting m) {
        Instrument instrument = m.instrumentId().equals(o.instrument().id()) ? o.instrument()
                : zelf.instrument(m.instrumentId()).orElse(null);
        return MetingResource.van(m, instrument, o.correcties(m.id()));
    }

    // --- the begeleidingsplan

    @GetMapping("/huishoudens/{id}/zelfredzaamheid/begeleidingsplan")
    @Operation(operationId = "zelfredzaamheidPlanacties", summary = "De acties van het begeleidingsplan, per pagina",
            description = "Open eerst (dringend eerst), dan de afgevinkte (laatst afgevinkt eerst); keyset. Geen "
                    + "filters of sortering (de lijst hoort bij één huishouden). " + ZIEN + "Het veld volgende is de "
                    + "volledige URL van de volgende pagina, of null op de laatste pagina. Een onbekende parameter of "
                    + "een aantal buiten 1 tot en met 100 geeft 400. Vastgelegd in het verwerkingslog.")
    PlanactiePagina planacties(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "Het id van de laatste actie van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel acties per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(ik, new HuishoudenId(id));
        Keyset<Actie> pagina = Keyset.van(o.acties(), Actie::id, na, aantal);
        return new PlanactiePagina(pagina.items().stream().map(this::resource).toList(), pagina.volgende());
    }

    @GetMapping("/huishoudens/{id}/zelfredzaamheid/begeleidingsplan/{actie}")
    @Operation(operationId = "zelfredzaamheidPlanactie", summary = "Eén actie van het begeleidingsplan",
            description = ZIEN + "Een actie van een ander huishouden geeft ook 404. Het lezen komt in het "
                    + "verwerkingslog.")
    PlanactieResource planactie(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de actie", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            @PathVariable UUID actie) {
        return zelf.overzicht(ik, new HuishoudenId(id)).acties().stream().filter(a -> a.id().equals(actie))
            .findFirst().map(this::resource).orElseThrow(NietGevonden::new);
    }

    @PostMapping("/huishoudens/{id}/zelfredzaamheid/begeleidingsplan")
    @Operation(operationId = "zelfredzaamheidPlanactieToevoegen", summary = "Een actie aan het begeleidingsplan "
            + "toevoegen", description = "Na een meting spreken begeleider en persoon per domein af wat er gebeurt: "
                    + "wie het doet (de persoon, de begeleider of een partner, dan met de naam van de partner) en hoe "
                    + "dringend. " + ZIEN + VASTLEGGEN + "Ook 422: een meting van een ander huishouden, een domein dat "
                    + "niet bij het instrument van die meting hoort, PARTNER zonder partner. Een ontbrekend verplicht "
                    + "veld of te lange tekst geeft 400. Bij een weigering wordt niets opgeslagen. Het komt in het "
                    + "verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location wijst naar de nieuwe actie",
            headers = @Header(name = "Location", description = "adres van de nieuwe actie",
                    schema = @Schema(type = "string", format = "uri", example = "/api/v1/huishoudens/"
                            + "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/zelfredzaamheid/begeleidingsplan/"
                            + "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")))
    ResponseEntity<PlanactieResource> voegActieToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id, @Valid @RequestBody PlanactieRequest actie) {
        Actie a = zelf.voegActieToe(ik, new HuishoudenId(id), Objects.requireNonNull(actie.metingId()),
                Objects.requireNonNull(actie.domeinId()), Objects.requireNonNull(actie.omschrijving()),
                actie.uitvoerder(), actie.partner(), actie.prioriteit());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{actie}")
                .build(a.id())).body(resource(a));
    }

    @PutMapping("/huishoudens/{id}/zelfredzaamheid/begeleidingsplan/{actie}")
    @Operation(operationId = "zelfredzaamheidPlanactieAfvinken", summary = "Een actie afvinken of weer openzetten",
            description = "afgerond true vinkt de actie af op vandaag, false zet haar weer open. Geef de versie van "
                    + "de actie mee die u het laatst las; is die verouderd, dan 409 en wijzigt er niets. " + ZIEN
                    + VASTLEGGEN + "Een actie van een ander huishouden geeft 404. Zonder versie of afgerond volgt "
                    + "400. Het komt in het verwerkingslog.")
    PlanactieResource vinkAf(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de actie", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            @PathVariable UUID actie, @Valid @RequestBody PlanactieWijziging wijziging) {
        return resource(zelf.vinkAf(ik, new HuishoudenId(id), actie, Objects.requireNonNull(wijziging.versie()),
                Objects.requireNonNull(wijziging.afgerond())));
    }

    private PlanactieResource resource(Actie a) {
        String naam = zelf.instrumenten().stream().flatMap(i -> i.domeinen().stream())
            .filter(d -> d.id().equals(a.domeinId())).map(Domein::naam).findFirst().orElse("?");
        return PlanactieResource.van(a, naam);
    }
}
