package nl.wegwijs.organisatie.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
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

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.api.ContractResources.ContractRequest;
import nl.wegwijs.organisatie.api.ContractResources.ContractResource;
import nl.wegwijs.organisatie.api.ContractResources.EindeRequest;
import nl.wegwijs.organisatie.api.ContractResources.VoorwaardenRequest;
import nl.wegwijs.organisatie.api.ContractResources.VoorwaardenResource;
import nl.wegwijs.system.NietGevonden;

/**
 * Contracts for the beheerder: close one with its first voorwaarden, end it, and its versions of the voorwaarden (a
 * change is a new version from tomorrow at the earliest; one not yet in force can be withdrawn).
 */
@RestController
@RequestMapping(path = "/api/v1/contracten", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contracten", description = "Contracten tussen gemeente en uitvoerder met hun voorwaarden (beheerder).")
class ContractApiController {

    private final OrganisatieService organisaties;

    ContractApiController(OrganisatieService organisaties) {
        this.organisaties = organisaties;
    }

    @GetMapping
    @Operation(summary = "Contracten, per pagina",
            description = "De contracten, geordend op id, per pagina (keyset: volg de link in volgende); te filteren op "
                    + "gemeente en uitvoerder. Alleen voor de beheerder; een andere rol krijgt 403.")
    Pagina<ContractResource> pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "alleen de contracten van deze gemeente")
            @RequestParam(required = false) @Nullable UUID gemeente,
            @Parameter(description = "alleen de contracten met deze uitvoerder")
            @RequestParam(required = false) @Nullable UUID uitvoerder,
            @Parameter(description = "id van het laatste contract van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        Beheer.vereisBeheerder(ik);
        List<Contract> contracten = gemeente != null ? organisaties.contractenVanGemeente(gemeente)
                : uitvoerder != null ? organisaties.contractenVanUitvoerder(uitvoerder) : organisaties.contracten();
        return Beheer.pagina(contracten.stream()
            .filter(c -> uitvoerder == null || c.uitvoerderId().equals(uitvoerder))
            .map(ContractResource::van).toList(), ContractResource::id, na, aantal);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén contract", description = "Alleen voor de beheerder.")
    ContractResource een(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        return ContractResource.van(contract(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een contract sluiten",
            description = "Een gemeente contracteert een uitvoerder vanaf de ingangsdatum, met de eerste versie van de "
                    + "voorwaarden. Een onbekende gemeente of uitvoerder geeft 404. Alleen voor de beheerder.")
    @ApiResponse(responseCode = "201", description = "Het contract is gesloten; Location wijst ernaar.")
    ResponseEntity<ContractResource> maak(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody ContractRequest contract) {
        Beheer.vereisBeheerder(ik);
        ContractVoorwaarden voorwaarden = Objects.requireNonNull(contract.voorwaarden()).voorwaarden(new UUID(0, 0));
        Contract c = organisaties.sluitContract(ik, Objects.requireNonNull(contract.gemeente()),
                Objects.requireNonNull(contract.uitvoerder()), Objects.requireNonNull(contract.peildatum()),
                Objects.requireNonNull(contract.ingang()), voorwaarden);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
            .buildAndExpand(c.id()).toUri()).body(ContractResource.van(c));
    }

    @PutMapping(path = "/{id}/einde", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een contract beëindigen",
            description = "Legt de laatste dag vast; niet voor de ingang en niet van een contract dat al beëindigd is "
                    + "(422). Alleen voor de beheerder.")
    ContractResource beeindig(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody EindeRequest einde) {
        Beheer.vereisBeheerder(ik);
        organisaties.beeindigContract(ik, id, Objects.requireNonNull(einde.einde()));
        return ContractResource.van(contract(id));
    }

    @GetMapping("/{id}/voorwaarden")
    @Operation(summary = "De versies van de voorwaarden van een contract",
            description = "Alle versies, oudste eerst; intrekbaar zegt of een versie nog niet geldt. Alleen voor de "
                    + "beheerder.")
    List<VoorwaardenResource> voorwaarden(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        contract(id);
        return organisaties.voorwaarden(id).stream()
            .map(v -> VoorwaardenResource.van(v, organisaties.intrekbaar(v.geldigVanaf()))).toList();
    }

    @GetMapping("/{id}/voorwaarden/{versie}")
    @Operation(summary = "Eén versie van de voorwaarden", description = "Alleen voor de beheerder.")
    VoorwaardenResource versie(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID versie) {
        return voorwaarden(ik, id).stream().filter(v -> v.id().equals(versie)).findFirst()
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping(path = "/{id}/voorwaarden", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een nieuwe versie van de voorwaarden toevoegen",
            description = "Bestaande versies blijven zoals ze waren. De nieuwe versie gaat op zijn vroegst morgen in en "
                    + "er mag nog geen versie vanaf dezelfde datum zijn (anders 422). Alleen voor de beheerder.")
    @ApiResponse(responseCode = "201", description = "De versie is toegevoegd; Location wijst ernaar.")
    ResponseEntity<VoorwaardenResource> maakVoorwaarden(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody VoorwaardenRequest voorwaarden) {
        Beheer.vereisBeheerder(ik);
        organisaties.nieuweVoorwaarden(ik, voorwaarden.voorwaarden(id));
        ContractVoorwaarden nieuw = organisaties.voorwaarden(id).stream()
            .filter(v -> v.geldigVanaf().equals(voorwaarden.geldigVanaf())).findFirst().orElseThrow();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{versie}")
            .buildAndExpand(nieuw.id()).toUri()).body(VoorwaardenResource.van(nieuw, true));
    }

    @DeleteMapping("/{id}/voorwaarden/{versie}")
    @Operation(summary = "Een versie van de voorwaarden intrekken",
            description = "Alleen een versie die nog niet geldt, en niet de enige (anders 422). Alleen voor de "
                    + "beheerder.")
    @ApiResponse(responseCode = "204", description = "De versie is ingetrokken.")
    ResponseEntity<Void> trekVoorwaardenIn(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID versie) {
        Beheer.vereisBeheerder(ik);
        organisaties.trekVoorwaardenIn(ik, id, versie);
        return ResponseEntity.noContent().build();
    }

    private Contract contract(UUID id) {
        return organisaties.contract(id).orElseThrow(NietGevonden::new);
    }
}
