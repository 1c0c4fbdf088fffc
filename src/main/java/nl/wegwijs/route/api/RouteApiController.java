package nl.wegwijs.route.api;

import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.route.Afspraken;
import nl.wegwijs.route.RouteService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.OngeldigeParameter;

/**
 * A household's route card through {@link RouteService}, as the route card page: everyone who sees the household
 * reads it (else 404); the guiding side of a running trajectory (vrijwilliger, begeleider, teamleider) changes it
 * (else 422), at the card's version (stale: 409); bad input 422, nothing written. Every read and write is logged.
 */
@RestController
@RequestMapping("/api/v1/huishoudens/{id}/route")
@Tag(name = "Routekaart", description = "De routekaart (praatplaat) van een huishouden: het doel, de stappen van de "
        + "route met de maanden geweest en te gaan, de afspraken met de begeleider en wie wat doet onder de partners "
        + "van de sociale kaart. De afgedrukte kaart (A3, A5) en de lijst met diensten zijn PDF's in de schermen.")
class RouteApiController {

    private static final String ZICHT = "Alleen voor wie het huishouden mag zien (vrijwilliger: toegewezen "
            + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; "
            + "regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: de huishoudens die het warm "
            + "overgedragen kreeg); anders 404.";
    private static final String WIJZIGEN = " Wijzigen mag de uitvoerderskant van een lopend traject (vrijwilliger als "
            + "toegewezen, begeleider, teamleider); anders 422 (route.niet-toegestaan).";

    private final RouteService route;

    RouteApiController(RouteService route) {
        this.route = route;
    }

    @GetMapping
    @Operation(operationId = "routekaart", summary = "De routekaart van een huishouden",
            description = "De taal van de kaart, de route (start, gepland einde, maanden geweest en te gaan, de "
                    + "stappen met hun stand), de afspraken met de begeleider (wanneer en hoe bereikbaar, hoe vaak ze "
                    + "elkaar zien, wat het huishouden zelf doet) en de partners van de sociale kaart met hun "
                    + "contactgegevens. Zonder vastgelegde kaart: de route, lege afspraken en versie null. " + ZICHT
                    + " Het lezen komt in het verwerkingslog.")
    RoutekaartResource kaart(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id) {
        return RoutekaartResource.from(route.lees(ik, new HuishoudenId(id), null));
    }

    @PutMapping
    @Operation(operationId = "legRoutekaartVast", summary = "De taal en de afspraken van de routekaart vastleggen",
            description = "Alle afspraken tegelijk (wat u leeg laat, wordt gewist). Zonder versie wordt een nieuwe "
                    + "kaart gemaakt (201); bestaat die al, dan 409. Met versie wordt de kaart gewijzigd (200); een "
                    + "verouderde versie of nog geen kaart: 409. " + ZICHT + WIJZIGEN + " Ook 422: van zonder tot "
                    + "(of andersom), tot niet na van, een tijd die geen uu:mm is, een ongeldig telefoonnummer, een "
                    + "te lange notitie; er verandert dan niets. Zonder taal of met een onbekende waarde: 400. Het "
                    + "vastleggen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd; het antwoord is de kaart")
    @ApiResponse(responseCode = "201", description = "Nieuw vastgelegd; Location wijst naar de kaart",
            headers = @Header(name = "Location", description = "adres van de routekaart", schema = @Schema(
                    type = "string", format = "uri",
                    example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/route")))
    ResponseEntity<RoutekaartResource> legVast(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Valid @RequestBody RouteRequests.RoutekaartWijziging w) {
        HuishoudenId h = new HuishoudenId(id);
        route.legVast(ik, h, w.versie(), Objects.requireNonNull(w.taal()), new Afspraken(set(w.dagen()),
                tijd(w.van()), tijd(w.tot()), set(w.kanalen()), w.telefoon(), w.ontmoeting(), set(w.zelf()),
                w.notitie()));
        RoutekaartResource kaart = RoutekaartResource.from(route.lees(ik, h, null));
        return w.versie() == null ? ResponseEntity.created(hier(id)).body(kaart) : ResponseEntity.ok(kaart);
    }

    @PostMapping("/partners")
    @Operation(operationId = "voegRoutepartnerToe", summary = "Een dienst van de sociale kaart op de routekaart zetten",
            description = "Met een korte regel over wat de dienst voor dit huishouden doet (zonder: de "
                    + "standaardregel van de soort). Eerst moet de kaart er zijn (PUT); geef de versie van de kaart "
                    + "mee, verouderd of nog geen kaart: 409. " + ZICHT + WIJZIGEN + " Ook 422: geen of een onbekende "
                    + "dienst (niet van de gemeente van het huishouden), een dienst die er al op staat, meer dan acht "
                    + "partners, een te lange regel; er verandert dan niets. Het antwoord is de hele kaart; het "
                    + "vastleggen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; het antwoord is de hele kaart, Location wijst naar "
            + "de kaart", headers = @Header(name = "Location", description = "adres van de routekaart",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/huishoudens/0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d/route")))
    ResponseEntity<RoutekaartResource> voegPartnerToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Valid @RequestBody RouteRequests.RoutePartnerRequest partner) {
        HuishoudenId h = new HuishoudenId(id);
        route.voegPartnerToe(ik, h, Objects.requireNonNull(partner.versie()), partner.dienst(), partner.wat());
        return ResponseEntity.created(hier(id)).body(RoutekaartResource.from(route.lees(ik, h, null)));
    }

    @DeleteMapping("/partners/{dienst}")
    @Operation(operationId = "verwijderRoutepartner", summary = "Een partner van de routekaart halen",
            description = "Bij de versie van de kaart die u het laatst las (query versie of If-Match); verouderd: "
                    + "409, zonder versie 428. Een dienst die niet op de kaart staat: 404. " + ZICHT + WIJZIGEN
                    + " Het verwijderen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    ResponseEntity<Void> verwijderPartner(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d")
            @PathVariable UUID id,
            @Parameter(description = "id van de dienst", example = "4c5d6e7f-8091-4a2b-8c3d-4e5f6a7b8c9d")
            @PathVariable UUID dienst,
            @Parameter(description = "de versie van de kaart die u het laatst las", required = true, example = "2")
            @RequestParam(required = false) @Nullable Long versie) {
        if (versie == null) {
            throw new OngeldigeParameter("versie", "api.versie.leeg");
        }
        route.verwijderPartner(ik, new HuishoudenId(id), versie, dienst);
        return ResponseEntity.noContent().build();
    }

    private static URI hier(UUID huishouden) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/huishoudens/{id}/route")
            .build(huishouden);
    }

    private static <E extends Enum<E>> Set<E> set(@Nullable List<E> waarden) {
        return waarden == null ? Set.of()
                : waarden.stream().filter(Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static @Nullable LocalTime tijd(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(tekst.strip());
        }
        catch (DateTimeParseException fout) {
            throw new DomeinFout("route.tijd.ongeldig");
        }
    }
}
