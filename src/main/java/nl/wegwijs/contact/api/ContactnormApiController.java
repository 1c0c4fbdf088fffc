package nl.wegwijs.contact.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.contact.ContactnormService;
import nl.wegwijs.contact.ContactnormService.Normregel;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.Paginering;

/**
 * The contact norm per contract (how many weeks may pass between contacts), for the beheerder (every contract) and
 * the teamleider of the contract's uitvoerder (another contract does not exist for them: 404); any other role gets
 * 403. The same service as the page.
 */
@RestController
@RequestMapping(path = "/api/v1/contactnormen", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Contactnormen", description = "Hoeveel weken er hoogstens tussen twee contacten mag zitten, per contract.")
class ContactnormApiController {

    private final ContactnormService normen;

    ContactnormApiController(ContactnormService normen) {
        this.normen = normen;
    }

    @Schema(name = "Contactnorm", description = "De contactnorm van één contract.")
    record NormResource(
            @Schema(description = "id van het contract", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID contract,
            @Schema(description = "naam van de gemeente", example = "Den Haag") String gemeenteNaam,
            @Schema(description = "naam van de uitvoerder", example = "VluchtelingenWerk Zuid-Holland")
            String uitvoerderNaam,
            @Schema(description = "hoogstens zoveel weken tussen twee contacten", example = "4") int weken,
            @Schema(description = "het contract heeft een eigen norm (anders de standaard)", example = "true")
            boolean eigen,
            @Schema(description = "de versie, mee te sturen bij een wijziging (0 zolang er geen eigen norm is)",
                    example = "2") long versie) {

        static NormResource van(Normregel r) {
            return new NormResource(r.contract().id(), r.contract().gemeenteNaam(), r.contract().uitvoerderNaam(),
                    r.weken(), r.eigen(), r.versie());
        }
    }

    @Schema(name = "ContactnormenPagina", description = "Eén pagina contactnormen.")
    record NormPagina(
            @Schema(description = "de normen van deze pagina") List<NormResource> items,
            @Schema(description = "de URL van de volgende pagina; leeg op de laatste pagina", nullable = true,
                    example = "https://wegwijs.example/api/v1/contactnormen?na=1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            @Nullable String volgende) {
    }

    @Schema(name = "ContactnormWijziging", description = "De nieuwe norm, op de versie die u las.")
    record NormRequest(
            @Schema(description = "weken, 1 tot en met 52", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{veld.verplicht}") @Nullable Integer weken,
            @Schema(description = "de versie die u het laatst las (0 zolang er geen eigen norm is)", example = "2",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{api.versie.leeg}") @Nullable Long versie) {
    }

    private static void vereisRol(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER, Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("alleen beheerder en teamleider");
        }
    }

    @GetMapping
    @Operation(summary = "De contactnormen die u mag instellen, per pagina",
            description = "Voor de beheerder van alle contracten, voor de teamleider van die van de eigen uitvoerder; "
                    + "geordend op contract-id, per pagina (keyset: volg de link in volgende). Een andere rol krijgt 403.")
    NormPagina pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het laatste contract van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        vereisRol(ik);
        int n = Paginering.grootte(aantal);
        List<NormResource> rest = normen.normen(ik).stream().map(NormResource::van)
            .filter(r -> na == null || r.contract().compareTo(na) > 0)
            .sorted(Comparator.comparing(NormResource::contract)).limit(n + 1L).toList();
        List<NormResource> items = Paginering.eerste(rest, n);
        return new NormPagina(items, rest.size() > n ? Paginering.volgende(items.get(n - 1).contract()) : null);
    }

    @GetMapping("/{contract}")
    @Operation(summary = "De contactnorm van één contract",
            description = "Voor de beheerder en de teamleider van de uitvoerder van het contract.")
    NormResource een(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID contract) {
        vereisRol(ik);
        return normen.normen(ik).stream().filter(r -> r.contract().id().equals(contract)).findFirst()
            .map(NormResource::van).orElseThrow(NietGevonden::new);
    }

    @PutMapping(path = "/{contract}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De contactnorm van een contract instellen",
            description = "1 tot en met 52 weken (anders 422). Verschuift de datum van het volgende contact van elk "
                    + "huishouden onder het contract. Stuur de versie die u las (409 als het intussen gewijzigd is). Voor "
                    + "de beheerder en de teamleider van de uitvoerder van het contract.")
    NormResource zet(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID contract,
            @Valid @RequestBody NormRequest norm) {
        vereisRol(ik);
        normen.zet(ik, contract, Objects.requireNonNull(norm.weken()), Objects.requireNonNull(norm.versie()));
        return een(ik, contract);
    }
}
