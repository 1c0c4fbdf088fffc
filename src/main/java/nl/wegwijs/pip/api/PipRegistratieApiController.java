package nl.wegwijs.pip.api;

import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import nl.wegwijs.pip.PipService;
import nl.wegwijs.pip.api.PipRegistratieResources.PipAkkoordRequest;
import nl.wegwijs.pip.api.PipRegistratieResources.PipDelingRequest;
import nl.wegwijs.pip.api.PipRegistratieResources.PipFeitenRequest;
import nl.wegwijs.pip.api.PipRegistratieResources.PipGesprekRequest;
import nl.wegwijs.pip.api.PipResources.PipResource;

/**
 * What the PIP screen registers besides drafting and setting versions: taking a goal out of the draft, the person's
 * approval, sharing with a partner, what actually happened, and progress talks. The same {@link PipService} methods
 * as the screen: 404 for a household the caller may not see, 422 for anyone but the gemeente's regievoerder and for a
 * refused rule, 409 for a stale PIP version; every write logged. Each answers with the person's PIP as it is now.
 */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/pip/personen/{persoon}")
@Tag(name = "PIP")
class PipRegistratieApiController {

    private static final String WIE = " Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen huishoudens; "
            + "begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder "
            + "en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404, net als "
            + "een persoon zonder PIP. Wie de inburgering niet mag zien (een budgetcoach zonder toestemming): 403. "
            + "Alleen de regievoerder van de gemeente van het huishouden; anders 422. Geef de "
            + "versie van het PIP mee die u het laatst las; verouderd: 409, niets gewijzigd; ontbrekend: 400. De "
            + "wijziging komt in het verwerkingslog en het regieoverzicht wordt bijgewerkt.";
    private static final String PIP_ADRES = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/pip/personen/"
            + "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d";

    private final PipService pip;

    PipRegistratieApiController(PipService pip) {
        this.pip = pip;
    }

    @DeleteMapping("/concept/doelen/{doel}")
    @Operation(operationId = "pipDoelVerwijderen", summary = "Een doel uit het concept halen",
            description = "Eerdere versies houden het doel en zijn voortgang. Zonder concept: 422; een doel dat niet "
                    + "in het concept staat: 404. Antwoordt 204." + WIE)
    @ApiResponse(responseCode = "204", description = "Uit het concept gehaald")
    ResponseEntity<Void> verwijderDoel(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
            @PathVariable UUID persoon,
            @Parameter(description = "id van het doel", example = "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")
            @PathVariable UUID doel,
            @Parameter(description = "de versie van het PIP die u het laatst las", required = true, example = "4")
            @RequestParam long versie) {
        pip.verwijderDoel(ik, new HuishoudenId(id), persoon, versie, doel);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/akkoord")
    @Operation(operationId = "pipAkkoordVastleggen", summary = "Het akkoord van de persoon met de geldende versie "
            + "vastleggen",
            description = "Wanneer en hoe de persoon akkoord gaf (het staat daarna bij de versie: akkoordOp, "
                    + "akkoordWijze). Nog niet vastgesteld, een datum in de toekomst of meer dan drie maanden voor de "
                    + "vaststelling: 422. Antwoordt 200 met het PIP." + WIE)
    PipResource akkoord(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
            @PathVariable UUID persoon, @Valid @RequestBody PipAkkoordRequest akkoord) {
        HuishoudenId h = new HuishoudenId(id);
        pip.legAkkoordVast(ik, h, persoon, Objects.requireNonNull(akkoord.versie()), akkoord.op(), akkoord.wijze());
        return PipResource.from(pip.persoon(ik, h, persoon));
    }

    @PostMapping("/delingen")
    @Operation(operationId = "pipDelen", summary = "Vastleggen dat de geldende versie met een partner is gedeeld",
            description = "Met wie (en eventueel de naam) en wanneer; het staat daarna in delingen van het PIP. Nog "
                    + "niet vastgesteld, een datum in de toekomst of een te lange naam: 422. Antwoordt 201 met het "
                    + "PIP; Location wijst naar het PIP van de persoon." + WIE)
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het PIP van de persoon",
            headers = @Header(name = "Location", description = "adres van het PIP van de persoon",
                    schema = @Schema(type = "string", format = "uri", example = PIP_ADRES)))
    ResponseEntity<PipResource> deel(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
            @PathVariable UUID persoon, @Valid @RequestBody PipDelingRequest deling) {
        HuishoudenId h = new HuishoudenId(id);
        pip.deel(ik, h, persoon, Objects.requireNonNull(deling.versie()), deling.partner(), deling.naam(),
                deling.op());
        return aangemaakt(ik, h, id, persoon);
    }

    @PutMapping("/feiten")
    @Operation(operationId = "pipFeitenVastleggen", summary = "Vastleggen wat er werkelijk gebeurde: eerste taalles, "
            + "MAP en PVT afgerond",
            description = "Alle drie tegelijk: een leeg veld betekent nog niet (en wist een eerdere datum). Een datum "
                    + "in de toekomst: 422. Antwoordt 200 met het PIP." + WIE)
    PipResource feiten(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
            @PathVariable UUID persoon, @Valid @RequestBody PipFeitenRequest feiten) {
        HuishoudenId h = new HuishoudenId(id);
        pip.legFeitenVast(ik, h, persoon, Objects.requireNonNull(feiten.versie()), feiten.eersteTaallesOp(),
                feiten.mapAfgerondOp(), feiten.pvtAfgerondOp());
        return PipResource.from(pip.persoon(ik, h, persoon));
    }

    @PostMapping("/gesprekken")
    @Operation(operationId = "pipGesprekVastleggen", summary = "Een voortgangsgesprek vastleggen",
            description = "Wanneer, wie er waren en wat eruit kwam; het staat daarna in gesprekken van het PIP. Een "
                    + "datum in de toekomst, geen of te lange wie of uitkomst (200 en 2000 tekens): 422. Antwoordt "
                    + "201 met het PIP; Location wijst naar het PIP van de persoon." + WIE)
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het PIP van de persoon",
            headers = @Header(name = "Location", description = "adres van het PIP van de persoon",
                    schema = @Schema(type = "string", format = "uri", example = PIP_ADRES)))
    ResponseEntity<PipResource> gesprek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
            @PathVariable UUID persoon, @Valid @RequestBody PipGesprekRequest gesprek) {
        HuishoudenId h = new HuishoudenId(id);
        pip.legGesprekVast(ik, h, persoon, Objects.requireNonNull(gesprek.versie()), gesprek.op(), gesprek.wie(),
                gesprek.uitkomst());
        return aangemaakt(ik, h, id, persoon);
    }

    private ResponseEntity<PipResource> aangemaakt(Medewerker ik, HuishoudenId h, UUID id, UUID persoon) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/huishoudens/{id}/pip/personen/{persoon}").build(id, persoon))
            .body(PipResource.from(pip.persoon(ik, h, persoon)));
    }
}
