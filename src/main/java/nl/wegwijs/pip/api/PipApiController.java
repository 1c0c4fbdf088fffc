package nl.wegwijs.pip.api;

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
import nl.wegwijs.pip.api.PipResources.BijstellingRequest;
import nl.wegwijs.pip.api.PipResources.DoelRequest;
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
    @Operation(operationId = "pipVanPersoon", summary = "Het PIP van één persoon")
    PipResource persoon(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
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
                    + "Het plan in de body is niet verplicht.")
    ResponseEntity<PipResource> maak(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoon, @RequestBody(required = false) @org.jspecify.annotations.Nullable PlanRequest plan) {
        HuishoudenId h = new HuishoudenId(id);
        pip.maakConcept(ik, h, persoon, plan == null ? Plan.leeg() : plan.plan());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip/personen/{persoon}").build(id, persoon))
            .body(PipResource.from(pip.persoon(ik, h, persoon)));
    }

    @PutMapping("/personen/{persoon}/concept")
    @Operation(operationId = "pipConceptWijzigen", summary = "Het plan van het concept wijzigen",
            description = "Vervangt leerroute, niveau, geplande datums, ontzorgen en intensiteit van het concept. Geef "
                    + "de versie van het PIP mee die u het laatst las; verouderd: 409.")
    PipResource plan(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoon, @Valid @RequestBody PlanRequest plan) {
        HuishoudenId h = new HuishoudenId(id);
        pip.wijzigPlan(ik, h, persoon, Objects.requireNonNull(plan.versie()), plan.plan());
        return PipResource.from(pip.persoon(ik, h, persoon));
    }

    @PostMapping("/personen/{persoon}/concept/doelen")
    @Operation(operationId = "pipDoelToevoegen", summary = "Een doel aan het concept toevoegen")
    ResponseEntity<PipResource> voegDoelToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @PathVariable UUID persoon, @Valid @RequestBody DoelRequest doel) {
        HuishoudenId h = new HuishoudenId(id);
        UUID nieuw = pip.voegDoelToe(ik, h, persoon, Objects.requireNonNull(doel.versie()), doel.gegevens());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip/personen/{persoon}/concept/doelen/{doel}")
                .build(id, persoon, nieuw))
            .body(PipResource.from(pip.persoon(ik, h, persoon)));
    }

    @PutMapping("/personen/{persoon}/concept/doelen/{doel}")
    @Operation(operationId = "pipDoelWijzigen", summary = "Een doel van het concept wijzigen",
            description = "Het doel houdt zijn id, ook in latere versies, zodat de voortgang erbij blijft.")
    PipResource wijzigDoel(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoon, @PathVariable UUID doel, @Valid @RequestBody DoelRequest gegevens) {
        HuishoudenId h = new HuishoudenId(id);
        pip.wijzigDoel(ik, h, persoon, Objects.requireNonNull(gegevens.versie()), doel, gegevens.gegevens());
        return PipResource.from(pip.persoon(ik, h, persoon));
    }

    @PostMapping("/personen/{persoon}/vaststellingen")
    @Operation(operationId = "pipVaststellen", summary = "Het concept vaststellen (het besluit)",
            description = "Versie 1 legt de PIP-datum vast in het traject, zodat die termijn klaar is.")
    ResponseEntity<VersieResource> stelVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @PathVariable UUID persoon, @Valid @RequestBody VaststellingRequest v) {
        Pip p = pip.stelVast(ik, new HuishoudenId(id), persoon, Objects.requireNonNull(v.versie()),
                Objects.requireNonNull(v.op()));
        return versie(id, persoon, p.huidige().orElseThrow());
    }

    @PostMapping("/personen/{persoon}/bijstellingen")
    @Operation(operationId = "pipBijstellen", summary = "Het PIP bijstellen: een nieuw concept uit de huidige versie",
            description = "Met een reden (bij OVERIG ook een toelichting). De doelen gaan mee met hun id.")
    ResponseEntity<VersieResource> stelBij(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @PathVariable UUID persoon, @Valid @RequestBody BijstellingRequest b) {
        Pip p = pip.stelBij(ik, new HuishoudenId(id), persoon, Objects.requireNonNull(b.versie()), b.reden(),
                b.toelichting());
        return versie(id, persoon, p.concept().orElseThrow());
    }

    @PostMapping("/doelen/{doel}/voortgang")
    @Operation(operationId = "pipVoortgangMelden", summary = "Voortgang melden op een doel",
            description = "De regievoerder op elk doel; begeleider, teamleider en vrijwilliger op doelen van de "
                    + "uitvoerder; de budgetcoach op doelen van de budgetcoach. Geef de versie van het doel mee.")
    ResponseEntity<VoortgangResource> rapporteer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @PathVariable UUID doel, @Valid @RequestBody VoortgangRequest v) {
        Voortgang r = pip.rapporteer(ik, new HuishoudenId(id), doel, Objects.requireNonNull(v.versie()), v.op(),
                v.tekst(), v.status());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip").build(id))
            .body(VoortgangResource.from(r));
    }

    private static ResponseEntity<VersieResource> versie(UUID id, UUID persoon, PipVersie v) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip/personen/{persoon}/versies").build(id, persoon))
            .body(VersieResource.from(v));
    }
}
