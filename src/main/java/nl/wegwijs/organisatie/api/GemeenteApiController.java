package nl.wegwijs.organisatie.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
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

import nl.wegwijs.organisatie.Bewaartermijnen;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.api.GemeenteResources.BewaartermijnResource;
import nl.wegwijs.organisatie.api.GemeenteResources.GemeenteRequest;
import nl.wegwijs.organisatie.api.GemeenteResources.GemeenteResource;
import nl.wegwijs.organisatie.api.GemeenteResources.RegimeRequest;
import nl.wegwijs.organisatie.api.GemeenteResources.RegimeResource;
import nl.wegwijs.organisatie.api.GemeenteResources.TaakstellingRequest;
import nl.wegwijs.organisatie.api.GemeenteResources.TaakstellingResource;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.OngeldigeParameter;

/**
 * Gemeenten for the beheerder: add one, its regime versions (a change is a new version from tomorrow at the earliest;
 * one not yet in force can be withdrawn), its taakstelling per half-year and its retention period. The same service
 * methods as the beheer pages.
 */
@RestController
@RequestMapping(path = "/api/v1/gemeenten", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Gemeenten", description = "Gemeenten met hun regime, taakstelling en bewaartermijn (beheerder).")
class GemeenteApiController {

    private final OrganisatieService organisaties;
    private final Bewaartermijnen bewaartermijnen;

    GemeenteApiController(OrganisatieService organisaties, Bewaartermijnen bewaartermijnen) {
        this.organisaties = organisaties;
        this.bewaartermijnen = bewaartermijnen;
    }

    @GetMapping
    @Operation(summary = "Alle gemeenten, per pagina",
            description = "De gemeenten, geordend op id, per pagina (keyset: volg de link in volgende). Alleen voor de "
                    + "beheerder; een andere rol krijgt 403.")
    Pagina<GemeenteResource> pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de laatste gemeente van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        Beheer.vereisBeheerder(ik);
        return Beheer.pagina(organisaties.gemeenten().stream().map(GemeenteResource::van).toList(),
                GemeenteResource::id, na, aantal);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén gemeente", description = "Naam en CBS-code van een gemeente. Alleen voor de beheerder.")
    GemeenteResource een(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        return GemeenteResource.van(gemeente(id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een gemeente toevoegen",
            description = "Voegt een gemeente toe met het standaardregime vanaf 1 januari 2022. Alleen voor de "
                    + "beheerder. Weigert een CBS-code die al bestaat (422).")
    @ApiResponse(responseCode = "201", description = "De gemeente is toegevoegd; Location wijst naar haar.")
    ResponseEntity<GemeenteResource> maak(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody GemeenteRequest gemeente) {
        Beheer.vereisBeheerder(ik);
        String cbsCode = Objects.requireNonNull(gemeente.cbsCode()).strip().toUpperCase(Locale.ROOT);
        if (organisaties.gemeenten().stream().anyMatch(g -> g.cbsCode().equals(cbsCode))) {
            throw new DomeinFout("beheer.gemeente.cbs.bestaat");
        }
        Gemeente g;
        try {
            g = organisaties.voegGemeenteToe(ik, Objects.requireNonNull(gemeente.naam()), cbsCode);
        }
        catch (DuplicateKeyException e) {
            throw new DomeinFout("beheer.gemeente.cbs.bestaat");
        }
        return ResponseEntity.created(hier("/{id}", g.id())).body(GemeenteResource.van(g));
    }

    @GetMapping("/{id}/regimes")
    @Operation(summary = "De versies van het regime van een gemeente",
            description = "Alle versies, oudste eerst; intrekbaar zegt of een versie nog niet geldt. Alleen voor de "
                    + "beheerder.")
    List<RegimeResource> regimes(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        gemeente(id);
        return organisaties.gemeenteVersies(id).stream()
            .map(r -> RegimeResource.van(r, organisaties.intrekbaar(r.geldigVanaf()))).toList();
    }

    @GetMapping("/{id}/regimes/{versie}")
    @Operation(summary = "Eén versie van het regime", description = "Alleen voor de beheerder.")
    RegimeResource regime(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID versie) {
        return regimes(ik, id).stream().filter(r -> r.id().equals(versie)).findFirst()
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping(path = "/{id}/regimes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een nieuwe versie van het regime toevoegen",
            description = "Bestaande versies blijven zoals ze waren. De nieuwe versie gaat op zijn vroegst morgen in en "
                    + "er mag nog geen versie vanaf dezelfde datum zijn (anders 422). Alleen voor de beheerder.")
    @ApiResponse(responseCode = "201", description = "De versie is toegevoegd; Location wijst naar haar.")
    ResponseEntity<RegimeResource> maakRegime(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id, @Valid @RequestBody RegimeRequest regime) {
        Beheer.vereisBeheerder(ik);
        organisaties.nieuwGemeenteRegime(ik, id, Objects.requireNonNull(regime.geldigVanaf()),
                Objects.requireNonNull(regime.pipWeken()), Objects.requireNonNull(regime.ontzorgenMaanden()),
                Objects.requireNonNull(regime.inburgeringstermijnMaanden()));
        GemeenteRegime nieuw = organisaties.gemeenteVersies(id).stream()
            .filter(v -> v.geldigVanaf().equals(regime.geldigVanaf())).findFirst().orElseThrow();
        return ResponseEntity.created(hier("/{id}/regimes/{versie}", id, nieuw.id()))
            .body(RegimeResource.van(nieuw, true));
    }

    @DeleteMapping("/{id}/regimes/{versie}")
    @Operation(summary = "Een versie van het regime intrekken",
            description = "Alleen een versie die nog niet geldt, en niet de enige (anders 422). Alleen voor de "
                    + "beheerder.")
    @ApiResponse(responseCode = "204", description = "De versie is ingetrokken.")
    ResponseEntity<Void> trekRegimeIn(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID versie) {
        Beheer.vereisBeheerder(ik);
        organisaties.trekGemeenteRegimeIn(ik, id, versie);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/taakstellingen")
    @Operation(summary = "De taakstelling van een gemeente per halfjaar", description = "Alleen voor de beheerder.")
    List<TaakstellingResource> taakstellingen(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        gemeente(id);
        return organisaties.taakstellingen(id).stream().map(TaakstellingResource::van).toList();
    }

    @PutMapping(path = "/{id}/taakstellingen/{jaar}/{halfjaar}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De taakstelling voor één halfjaar vastleggen",
            description = "Legt het aantal vast voor jaar (2000 tot en met 2100) en halfjaar (1 of 2); een eerder "
                    + "aantal voor dat halfjaar wordt vervangen. Alleen voor de beheerder.")
    TaakstellingResource zetTaakstelling(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Parameter(description = "jaar, 2000 tot en met 2100", example = "2027") @PathVariable int jaar,
            @Parameter(description = "halfjaar: 1 of 2", example = "1") @PathVariable int halfjaar,
            @Valid @RequestBody TaakstellingRequest taakstelling) {
        Beheer.vereisBeheerder(ik);
        if (jaar < 2000 || jaar > 2100) {
            throw new OngeldigeParameter("jaar", "beheer.taakstelling.jaar.bereik");
        }
        if (halfjaar < 1 || halfjaar > 2) {
            throw new OngeldigeParameter("halfjaar", "beheer.taakstelling.halfjaar.leeg");
        }
        gemeente(id);
        int aantal = Objects.requireNonNull(taakstelling.aantal());
        organisaties.zetTaakstelling(ik, id, jaar, halfjaar, aantal);
        return new TaakstellingResource(jaar, halfjaar, aantal);
    }

    @GetMapping("/{id}/bewaartermijn")
    @Operation(summary = "De bewaartermijn van een gemeente",
            description = "Hoeveel maanden na het afsluiten van een traject de persoonsgegevens worden bewaard. Alleen "
                    + "voor de beheerder.")
    BewaartermijnResource bewaartermijn(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        gemeente(id);
        return new BewaartermijnResource(bewaartermijnen.maanden(id));
    }

    @PutMapping(path = "/{id}/bewaartermijn", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De bewaartermijn van een gemeente wijzigen",
            description = "Tussen 1 en 600 maanden. Alleen voor de beheerder.")
    BewaartermijnResource zetBewaartermijn(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @RequestBody BewaartermijnResource bewaartermijn) {
        Beheer.vereisBeheerder(ik);
        gemeente(id);
        bewaartermijnen.zet(ik, id, Objects.requireNonNull(bewaartermijn.maanden()));
        return new BewaartermijnResource(bewaartermijnen.maanden(id));
    }

    private Gemeente gemeente(UUID id) {
        return organisaties.gemeente(id).orElseThrow(NietGevonden::new);
    }

    static URI hier(String pad, Object... waarden) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/gemeenten").path(pad)
            .buildAndExpand(waarden).toUri();
    }
}
