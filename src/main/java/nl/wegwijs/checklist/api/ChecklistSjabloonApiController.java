package nl.wegwijs.checklist.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.checklist.Sjabloon;
import nl.wegwijs.checklist.SjabloonItem;
import nl.wegwijs.checklist.SjabloonService;
import nl.wegwijs.checklist.api.SjabloonResources.ContractPagina;
import nl.wegwijs.checklist.api.SjabloonResources.SjabloonContractResource;
import nl.wegwijs.checklist.api.SjabloonResources.GebruikRequest;
import nl.wegwijs.checklist.api.SjabloonResources.ItemRequest;
import nl.wegwijs.checklist.api.SjabloonResources.ItemResource;
import nl.wegwijs.checklist.api.SjabloonResources.Richting;
import nl.wegwijs.checklist.api.SjabloonResources.SjabloonResource;
import nl.wegwijs.checklist.api.SjabloonResources.VerplaatsingRequest;
import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;

/**
 * The checklist template per contract, for the beheerder (any contract) and the teamleider of the contract's
 * uitvoerder (another contract does not exist for them: 404); any other role gets 403. The same service as the page:
 * add an item, move it up or down, take it out of or back into use, each at the template version last read (409
 * when someone changed it first).
 */
@RestController
@RequestMapping(path = "/api/v1/checklist-sjablonen", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Checklistsjablonen", description = "Het checklistsjabloon per contract (beheerder en teamleider).")
class ChecklistSjabloonApiController {

    private final SjabloonService sjablonen;

    ChecklistSjabloonApiController(SjabloonService sjablonen) {
        this.sjablonen = sjablonen;
    }

    private static void vereisRol(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER, Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("alleen beheerder en teamleider");
        }
    }

    @GetMapping
    @Operation(summary = "De contracten waarvan u het sjabloon mag bewerken, per pagina",
            description = "Voor de beheerder alle contracten, voor de teamleider die van de eigen uitvoerder; geordend op "
                    + "id, per pagina (keyset: volg de link in volgende). Een andere rol krijgt 403.")
    ContractPagina pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het laatste contract van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        vereisRol(ik);
        int n = Paginering.grootte(aantal);
        List<Contract> rest = sjablonen.bewerkbareContracten(ik).stream()
            .filter(c -> na == null || c.id().compareTo(na) > 0)
            .sorted(Comparator.comparing(Contract::id)).limit(n + 1L).toList();
        List<Contract> items = Paginering.eerste(rest, n);
        return new ContractPagina(items.stream().map(SjabloonContractResource::van).toList(),
                rest.size() > n ? Paginering.volgende(items.get(n - 1).id()) : null);
    }

    @GetMapping("/{contract}")
    @Operation(summary = "Het sjabloon van een contract",
            description = "Het eigen sjabloon van het contract, of de standaard zolang het geen eigen kopie heeft (versie "
                    + "0), met alle items in volgorde. Voor de beheerder en de teamleider van de uitvoerder van het "
                    + "contract.")
    SjabloonResource sjabloon(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID contract) {
        vereisRol(ik);
        return SjabloonResource.van(sjablonen.sjabloon(ik, contract));
    }

    @GetMapping("/{contract}/items/{code}")
    @Operation(summary = "Eén item van het sjabloon", description = "Voor de beheerder en de teamleider van het contract.")
    ItemResource item(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID contract,
            @PathVariable String code) {
        vereisRol(ik);
        return sjablonen.sjabloon(ik, contract).items().stream().filter(i -> i.code().equals(code)).findFirst()
            .map(ItemResource::van).orElseThrow(NietGevonden::new);
    }

    @PostMapping(path = "/{contract}/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een item aan het sjabloon toevoegen",
            description = "De eerste wijziging maakt een eigen kopie van de standaard. De code komt uit de titel. Lopende "
                    + "huishoudens krijgen het item bij de nachtelijke bijwerking. Stuur de versie die u las (409 als "
                    + "het intussen gewijzigd is). Voor de beheerder en de teamleider van het contract.")
    @ApiResponse(responseCode = "201", description = "Het item is toegevoegd; Location wijst ernaar.")
    ResponseEntity<ItemResource> maakItem(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID contract, @Valid @RequestBody ItemRequest item) {
        vereisRol(ik);
        Set<String> voor = sjablonen.sjabloon(ik, contract).items().stream().map(SjabloonItem::code)
            .collect(Collectors.toSet());
        sjablonen.voegToe(ik, contract, Objects.requireNonNull(item.versie()), item.nieuw());
        Sjabloon na = sjablonen.sjabloon(ik, contract);
        SjabloonItem nieuw = na.items().stream().filter(i -> !voor.contains(i.code())).findFirst().orElseThrow();
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{code}")
            .buildAndExpand(nieuw.code()).toUri()).body(ItemResource.van(nieuw));
    }

    @PutMapping(path = "/{contract}/items/{code}/gebruik", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een item uit of weer in gebruik nemen",
            description = "Uit gebruik: nieuwe huishoudens krijgen het niet meer, wie het heeft houdt het. Stuur de "
                    + "versie die u las (409 als het intussen gewijzigd is). Voor de beheerder en de teamleider van het "
                    + "contract.")
    SjabloonResource zetGebruik(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID contract,
            @PathVariable String code, @Valid @RequestBody GebruikRequest gebruik) {
        vereisRol(ik);
        sjablonen.zetInGebruik(ik, contract, Objects.requireNonNull(gebruik.versie()), code,
                Boolean.TRUE.equals(gebruik.inGebruik()));
        return SjabloonResource.van(sjablonen.sjabloon(ik, contract));
    }

    @PostMapping(path = "/{contract}/items/{code}/verplaatsing", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een item één plaats omhoog of omlaag zetten",
            description = "Bovenaan omhoog of onderaan omlaag verandert niets. Stuur de versie die u las (409 als het "
                    + "intussen gewijzigd is). Voor de beheerder en de teamleider van het contract.")
    SjabloonResource verplaats(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID contract,
            @PathVariable String code, @Valid @RequestBody VerplaatsingRequest verplaatsing) {
        vereisRol(ik);
        sjablonen.verplaats(ik, contract, Objects.requireNonNull(verplaatsing.versie()), code,
                verplaatsing.richting() == Richting.OMHOOG ? -1 : 1);
        return SjabloonResource.van(sjablonen.sjabloon(ik, contract));
    }
}
