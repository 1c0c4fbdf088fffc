package nl.wegwijs.bewaren.api;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

import nl.wegwijs.bewaren.VerhuisService;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

/**
 * The household's file moving to another gemeente ({@code GET /huishoudens/{id}/verhuizing/export},
 * {@code /verhuizing/import}): the same document (docs/verhuisdossier.md) and the same service methods as the
 * screens, so the same rules (consent of every adult for VERHUIZING, the regievoerder of the new gemeente imports
 * under one of their contracts, all or nothing) and the same processing-log rows.
 */
@RestController
@Tag(name = "Verhuizing", description = "Het dossier dat met een huishouden meegaat naar een andere gemeente, met "
        + "toestemming van elke volwassene: exporteren en importeren (docs/verhuisdossier.md).")
class VerhuizingApiController {

    private final VerhuisService verhuizingen;
    private final JsonMapper json = JsonMapper.builder().build();

    VerhuizingApiController(VerhuisService verhuizingen) {
        this.verhuizingen = verhuizingen;
    }

    @GetMapping(path = "/api/v1/huishoudens/{id}/verhuisdossier", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "verhuisdossierExporteren", summary = "Het verhuisdossier van een huishouden "
            + "(regievoerder, teamleider)",
            description = """
                    Het dossier dat meegaat naar de nieuwe gemeente: het JSON-document wegwijs-verhuisdossier, \
                    versie 1 (docs/verhuisdossier.md), hetzelfde als de download in het dossier. Alleen de \
                    regievoerder en de teamleider: andere rollen krijgen 403; een huishouden dat u niet mag zien: \
                    404. Zonder toestemming van elke volwassene voor het doel VERHUIZING: 403 \
                    (toestemming-nodig). Het exporteren komt per persoon in het verwerkingslog (VERHUIZING). Niet \
                    bewaren in een cache (Cache-Control: no-store).""")
    @ApiResponse(responseCode = "200", description = "Het verhuisdossier (wegwijs-verhuisdossier/1)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(type = "object", description = "Het verhuisdossier; de velden staan in "
                            + "docs/verhuisdossier.md")))
    ResponseEntity<byte[]> exporteer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id) {
        if (!VerhuisService.magExporteren(ik)) {
            throw new AccessDeniedException("geen verhuisdossier voor rol " + ik.rol());
        }
        byte[] dossier = verhuizingen.alsJson(verhuizingen.exporteer(ik, new HuishoudenId(id)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
            .body(dossier);
    }

    @PostMapping(path = "/api/v1/verhuizingen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "verhuisdossierImporteren", summary = "Een verhuisdossier importeren als aanmelding "
            + "(regievoerder van de nieuwe gemeente)",
            description = """
                    Zoals de pagina Verhuizing importeren: het dossier (het document van GET \
                    .../verhuisdossier, ongewijzigd in het veld dossier) wordt een aanmelding onder een van uw \
                    contracten, met het nieuwe adres (mag leeg); alles of niets. De geschiedenis uit de vorige \
                    gemeente blijft erbij, alleen te lezen. Een BSN dat al bekend is, wordt weggelaten (dat zegt \
                    bsnWeggelaten). Alleen de regievoerder: andere rollen krijgen 403. Geen contractId of dossier: \
                    400. Een dossier dat geen verhuisdossier is, een andere versie, een dossier voor een andere \
                    gemeente, zonder personen of met ongeldige velden, of een contract dat niet kan: 422 en er is \
                    niets opgeslagen. Antwoordt 201; Location wijst naar het nieuwe traject. Het importeren komt \
                    per persoon in het verwerkingslog (VERHUIZING).""")
    @ApiResponse(responseCode = "201", description = "Geïmporteerd als aanmelding; Location wijst naar het nieuwe "
            + "traject",
            headers = @Header(name = "Location", description = "adres van het nieuwe traject",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/trajecten/1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")))
    ResponseEntity<VerhuizingResource> importeer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody VerhuizingRequest verzoek) {
        if (!ik.heeftRol(Rol.REGIEVOERDER)) {
            throw new AccessDeniedException("alleen de regievoerder importeert");
        }
        Map<String, Object> dossier = Objects.requireNonNull(verzoek.dossier());
        Huishouden.Adres adres = verzoek.adres() == null ? Huishouden.Adres.ONBEKEND : verzoek.adres();
        VerhuisService.Geimporteerd g = verhuizingen.importeer(ik, json.writeValueAsBytes(dossier),
                Objects.requireNonNull(verzoek.contractId()), adres);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/trajecten/{id}").build(g.traject().id().value()))
            .body(new VerhuizingResource(g.traject().id().value(), g.traject().huishouden().value(), g.vanGemeente(),
                    g.bsnWeggelaten()));
    }
}
