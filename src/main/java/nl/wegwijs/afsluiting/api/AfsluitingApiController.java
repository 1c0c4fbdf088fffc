package nl.wegwijs.afsluiting.api;

import java.net.URI;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.afsluiting.AfsluitingService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

/**
 * Closing guidance of a household and the closing settings per contract, through {@link AfsluitingService} as the
 * closing page. A household the acting medewerker may not see does not exist (404); recording the eindgesprek is for
 * the guiding side and deciding for the teamleider and regievoerder (otherwise 422, as the page says); a stale
 * trajectory version is a 409. The settings are for the beheerder and the regievoerder (their gemeente's contracts);
 * other roles 403.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Afsluiting", description = "De afsluiting van de begeleiding: wat er voor het geplande einde nog nodig "
        + "is (slotmeting, eindgesprek, open punten, besluit), het eindgesprek, en het besluit om te beëindigen of "
        + "binnen de regeling te verlengen; de werkwijze per contract.")
class AfsluitingApiController {

    private static final String ZICHT = "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
            + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
            + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: de huishoudens die het warm "
            + "overgedragen kreeg); anders 404.";

    private final AfsluitingService afsluiting;

    AfsluitingApiController(AfsluitingService afsluiting) {
        this.afsluiting = afsluiting;
    }

    @GetMapping("/huishoudens/{id}/afsluiting")
    @Operation(operationId = "afsluitingVanHuishouden", summary = "Waar de afsluiting van een huishouden staat",
            description = "Het geplande einde en de voorlooptijd (uit de regeling, anders uit de instelling van het "
                    + "contract), wat er nog nodig is (nogNodig: SLOTMETING, EINDGESPREK, OPEN_PUNTEN, BESLUIT), de "
                    + "laatste meting van zelfredzaamheid als u die mag zien, de open punten, de eindgesprekken en "
                    + "besluiten, de overdracht, en wat u mag doen. Het veld versie is de versie van het traject: "
                    + "stuur die mee bij beëindigen of verlengen. " + ZICHT + " Het lezen komt in het verwerkingslog, "
                    + "zoals de pagina van de afsluiting.")
    AfsluitingResource afsluiting(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id) {
        return AfsluitingResource.from(afsluiting.pagina(ik, new HuishoudenId(id)));
    }

    @PostMapping("/huishoudens/{id}/afsluiting/eindgesprekken")
    @Operation(operationId = "legEindgesprekVast", summary = "Het eindgesprek met de persoon vastleggen",
            description = "Wanneer, wie er waren, wat er besproken is en de eigen kijk van de persoon. " + ZICHT
                    + " Vastleggen mag de begeleiding van een lopend traject (vrijwilliger als toegewezen, "
                    + "begeleider, teamleider); anders 422 (afsluiting.niet-toegestaan, of traject.afgesloten). Ook "
                    + "422: een lege of te lange tekst, een datum in de toekomst of voor het begin van de "
                    + "begeleiding; er wordt dan niets opgeslagen. Het gesprek komt in het verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar de afsluiting van het huishouden",
            headers = @Header(name = "Location", description = "adres van de afsluiting", schema = @Schema(
                    type = "string", format = "uri",
                    example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/afsluiting")))
    ResponseEntity<AfsluitingResource.EindgesprekResource> legEindgesprekVast(
            @Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Valid @RequestBody AfsluitingRequests.EindgesprekRequest gesprek) {
        var e = afsluiting.legEindgesprekVast(ik, new HuishoudenId(id), gesprek.op(), gesprek.aanwezig(),
                gesprek.samenvatting(), gesprek.eigenKijk());
        return ResponseEntity.created(afsluitingVan(id)).body(AfsluitingResource.EindgesprekResource.from(e));
    }

    @PostMapping("/huishoudens/{id}/afsluiting/beeindiging")
    @Operation(operationId = "beeindigBegeleiding", summary = "De begeleiding beëindigen (teamleider of regievoerder)",
            description = "Met de reden, en of de persoon de lijst met diensten in de buurt kreeg. Bij DUUR_VERSTREKEN "
                    + "of DOELEN_BEREIKT is het traject daarna afgerond en moet het eindgesprek er zijn; bij een "
                    + "andere reden is het beëindigd. Een warme overdracht gaat niet zo: die eindigt als het "
                    + "wijkteam haar accepteert (POST /overdrachten/{id}/acceptatie). Geef de versie van het traject "
                    + "mee (veld versie van GET /huishoudens/{id}/afsluiting); verouderd: 409. " + ZICHT
                    + " Besluiten mag de teamleider van de uitvoerder of de regievoerder van de gemeente, zolang "
                    + "het traject loopt; anders 422 (afsluiting.besluit.niet-toegestaan, traject.afgesloten). Ook "
                    + "422: geen reden, WARME_OVERDRACHT, nog geen eindgesprek, een te lange toelichting; er "
                    + "verandert dan niets. Het besluit komt in het verwerkingslog; werklijst en regieoverzicht "
                    + "volgen.")
    @ApiResponse(responseCode = "201", description = "Beëindigd; het antwoord is het besluit, Location wijst naar de "
            + "afsluiting van het huishouden",
            headers = @Header(name = "Location", description = "adres van de afsluiting", schema = @Schema(
                    type = "string", format = "uri",
                    example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/afsluiting")))
    ResponseEntity<AfsluitingResource.AfsluitbesluitResource> beeindig(
            @Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Valid @RequestBody AfsluitingRequests.BeeindigingRequest besluit) {
        var b = afsluiting.beeindig(ik, new HuishoudenId(id), Objects.requireNonNull(besluit.versie()),
                besluit.reden(), Boolean.TRUE.equals(besluit.dienstenlijst()), besluit.toelichting());
        return ResponseEntity.created(afsluitingVan(id)).body(AfsluitingResource.AfsluitbesluitResource.from(b));
    }

    @PostMapping("/huishoudens/{id}/afsluiting/verlenging")
    @Operation(operationId = "verlengBegeleidingBijAfsluiting",
            summary = "De begeleiding verlengen binnen de regeling (teamleider of regievoerder)",
            description = "Met het aantal maanden, de reden en het eigen verzoek van de persoon (wat en wanneer); "
                    + "de verlenging gaat door de regels van het traject (hoogstens wat de regeling nog toestaat). "
                    + "Geef de versie van het traject mee (veld versie van GET /huishoudens/{id}/afsluiting); "
                    + "verouderd: 409. " + ZICHT + " Besluiten mag de teamleider van de uitvoerder of de regievoerder "
                    + "van de gemeente, zolang het traject loopt; anders 422. Ook 422: geen of te veel maanden, een "
                    + "traject zonder formeel einde, geen reden of verzoek, een verzoek in de toekomst; er verandert "
                    + "dan niets. Het besluit komt in het verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Verlengd; het antwoord is het besluit, Location wijst naar de "
            + "afsluiting van het huishouden",
            headers = @Header(name = "Location", description = "adres van de afsluiting", schema = @Schema(
                    type = "string", format = "uri",
                    example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/afsluiting")))
    ResponseEntity<AfsluitingResource.AfsluitbesluitResource> verleng(
            @Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Valid @RequestBody AfsluitingRequests.AfsluitVerlengingRequest verlenging) {
        var b = afsluiting.verleng(ik, new HuishoudenId(id), Objects.requireNonNull(verlenging.versie()),
                verlenging.maanden(), verlenging.reden(), verlenging.verzoek(), verlenging.verzoekOp());
        return ResponseEntity.created(afsluitingVan(id)).body(AfsluitingResource.AfsluitbesluitResource.from(b));
    }

    // --- settings per contract

    @GetMapping("/afsluiting-instellingen/{contract}")
    @Operation(operationId = "afsluitInstelling", summary = "De werkwijze van de afsluiting voor een contract",
            description = "De voorlooptijd als de regeling er geen heeft, en de werkwijze bij de warme overdracht "
                    + "(driegesprek bij een hulpvraag, vroeg kennismaken met het wijkteam, de lijst met diensten "
                    + "zonder hulpvraag, schriftelijk aan de inburgeringsconsulent). Versie 0: het contract volgt de "
                    + "standaard. Voor de beheerder (elk contract) en de regievoerder (de contracten van de eigen "
                    + "gemeente; een ander contract: 404); andere rollen 403. Geen persoonsgegevens.")
    AfsluitingRequests.AfsluitInstellingResource instelling(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het contract", example = "2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d")
            @PathVariable UUID contract) {
        vereisInstellingen(ik);
        return AfsluitingRequests.AfsluitInstellingResource.from(afsluiting.instelling(ik, contract));
    }

    @PutMapping("/afsluiting-instellingen/{contract}")
    @Operation(operationId = "wijzigAfsluitInstelling", summary = "De werkwijze van de afsluiting voor een contract "
            + "wijzigen", description = "Alle velden tegelijk, bij de versie die u het laatst las (0 zolang het "
                    + "contract de standaard volgt); verouderd: 409. Een voorlooptijd buiten 1 tot en met 52 weken: "
                    + "422, er verandert niets. Voor de beheerder (elk contract) en de regievoerder (de contracten "
                    + "van de eigen gemeente; een ander contract: 404); andere rollen 403. Geldt meteen voor de "
                    + "afsluitingen en overdrachten die daarna beginnen.")
    AfsluitingRequests.AfsluitInstellingResource wijzigInstelling(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het contract", example = "2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d")
            @PathVariable UUID contract,
            @Valid @RequestBody AfsluitingRequests.AfsluitInstellingWijziging wijziging) {
        vereisInstellingen(ik);
        return AfsluitingRequests.AfsluitInstellingResource.from(
                afsluiting.bewaar(ik, wijziging.toInstelling(contract)));
    }

    /** The settings are the beheerder's and the regievoerder's operation: other roles have none (403). */
    private static void vereisInstellingen(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER, Rol.REGIEVOERDER)) {
            throw new AccessDeniedException("afsluitingsinstellingen alleen voor beheerder en regievoerder");
        }
    }

    private static URI afsluitingVan(UUID huishouden) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/huishoudens/{id}/afsluiting")
            .build(huishouden);
    }
}
