package nl.wegwijs.organisatie.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Inlogblokkades;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.MedewerkerOverzicht;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Team;
import nl.wegwijs.organisatie.TweestapService;
import nl.wegwijs.organisatie.api.MedewerkerResources.MedewerkerRequest;
import nl.wegwijs.organisatie.api.MedewerkerResources.MedewerkerResource;
import nl.wegwijs.organisatie.api.MedewerkerResources.TrefferResource;
import nl.wegwijs.organisatie.api.MedewerkerResources.VerplichtingResource;
import nl.wegwijs.organisatie.api.MedewerkerResources.ZoekRequest;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;

/**
 * Medewerkers for the beheerder: the active ones of an organisation, one, add one with a first password, reset a
 * medewerker's two-factor login, lift a login block (too many wrong passwords; each medewerker shows whether one is
 * blocked), and whether an organisation requires two-factor login; searching by name (by POST,
 * never in the URL) also for the privacyfunctionaris, to find whom to look for in the processing log. Medewerkers are
 * data subjects too: every read and write of them is in the processing log.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Medewerkers", description = "Medewerkers, hun rol en teams, en tweestapsverificatie (beheerder).")
class MedewerkerApiController {

    /** How many matches a name search gives at most. */
    static final int TREFFERS = 20;

    private final OrganisatieService organisaties;
    private final TweestapService tweestap;
    private final Inlogblokkades blokkades;

    MedewerkerApiController(OrganisatieService organisaties, TweestapService tweestap, Inlogblokkades blokkades) {
        this.organisaties = organisaties;
        this.tweestap = tweestap;
        this.blokkades = blokkades;
    }

    @GetMapping("/medewerkers")
    @Operation(summary = "De actieve medewerkers van een organisatie, per pagina",
            description = "De actieve medewerkers van één gemeente of uitvoerder, geordend op id, per pagina (keyset: "
                    + "volg de link in volgende), met rol, FTE, teams, of tweestapsverificatie is ingesteld en of het "
                    + "inloggen nu geblokkeerd is (te vaak een verkeerd wachtwoord). Elke "
                    + "getoonde medewerker komt in het verwerkingslog. Alleen voor de beheerder; een andere rol krijgt 403.")
    Pagina<MedewerkerResource> pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "de gemeente of uitvoerder", required = true) @RequestParam UUID organisatie,
            @Parameter(description = "id van de laatste medewerker van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        Beheer.vereisBeheerder(ik);
        bestaat(organisatie);
        List<Medewerker> alle = organisaties.medewerkersVan(ik, organisatie);
        Pagina<Medewerker> pagina = Beheer.pagina(alle, Medewerker::id, na, aantal);
        return new Pagina<>(resources(ik, organisatie, pagina.items()), pagina.volgende());
    }

    @GetMapping("/medewerkers/{id}")
    @Operation(summary = "Eén medewerker",
            description = "Naam, gebruikersnaam, rol, organisatie, FTE, teams, tweestapsverificatie en of het inloggen "
                    + "nu geblokkeerd is. Komt in het verwerkingslog. Alleen voor de beheerder.")
    MedewerkerResource een(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        Medewerker m = organisaties.medewerkerVoorBeheer(ik, id);
        return resources(ik, m.organisatieId(), List.of(m)).get(0);
    }

    @PostMapping(path = "/medewerkers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een medewerker toevoegen",
            description = "Met gebruikersnaam, eerste wachtwoord, naam, rol, organisatie, FTE (voor teamleider en "
                    + "begeleider) en teams van de eigen uitvoerder. Weigert een gebruikersnaam die al bestaat, een rol "
                    + "van de andere kant en teams van een andere organisatie (422). Komt in het verwerkingslog. Alleen "
                    + "voor de beheerder.")
    @ApiResponse(responseCode = "201", description = "De medewerker is toegevoegd; Location wijst naar hem of haar.")
    ResponseEntity<MedewerkerResource> maak(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody MedewerkerRequest medewerker) {
        Beheer.vereisBeheerder(ik);
        UUID organisatie = Objects.requireNonNull(medewerker.organisatie());
        if (organisaties.gemeente(organisatie).isEmpty() && organisaties.uitvoerder(organisatie).isEmpty()) {
            throw new DomeinFout("organisatie.api.organisatie.onbekend");
        }
        Rol rol = Objects.requireNonNull(medewerker.rol());
        if ((rol == Rol.TEAMLEIDER || rol == Rol.BEGELEIDER) && medewerker.fte() == null) {
            throw new DomeinFout("organisatie.api.medewerker.fte.leeg");
        }
        if (rol == Rol.VRIJWILLIGER && medewerker.fte() != null) {
            throw new DomeinFout("organisatie.api.medewerker.fte.vrijwilliger");
        }
        List<UUID> eigenTeams = organisaties.teams(organisatie).stream().map(Team::id).toList();
        if (!eigenTeams.containsAll(medewerker.gekozenTeams())) {
            throw new DomeinFout("organisatie.api.medewerker.teams");
        }
        String gebruikersnaam = Objects.requireNonNull(medewerker.gebruikersnaam()).strip();
        if (organisaties.medewerkerMetGebruikersnaam(ik, gebruikersnaam).isPresent()) {
            throw new DomeinFout("beheer.medewerker.gebruikersnaam.bestaat");
        }
        Medewerker nieuw;
        try {
            nieuw = organisaties.voegMedewerkerToe(ik, gebruikersnaam, Objects.requireNonNull(medewerker.wachtwoord()),
                    Objects.requireNonNull(medewerker.naam()).strip(), rol, organisatie, medewerker.fte(),
                    medewerker.gekozenTeams());
        }
        catch (DuplicateKeyException e) {
            throw new DomeinFout("beheer.medewerker.gebruikersnaam.bestaat");
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
            .buildAndExpand(nieuw.id()).toUri()).body(resources(ik, organisatie, List.of(nieuw)).get(0));
    }

    @PostMapping(path = "/medewerkers/zoeken", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Medewerkers zoeken op naam",
            description = "Medewerkers (ook wie niet meer actief is) van wie de naam de tekst bevat, hoogstens "
                    + TREFFERS + ", op naam. De naam staat in de body, nooit in de URL. Voor de beheerder en de "
                    + "privacyfunctionaris (om in het verwerkingslog op een medewerker te zoeken); elke treffer komt in "
                    + "het verwerkingslog.")
    List<TrefferResource> zoek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody ZoekRequest zoekvraag) {
        if (!ik.heeftRol(Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            throw new AccessDeniedException("alleen beheerder en privacyfunctionaris");
        }
        return organisaties.zoekMedewerkersOpNaam(ik, Objects.requireNonNull(zoekvraag.naam()), TREFFERS).stream()
            .map(TrefferResource::van).toList();
    }

    @DeleteMapping("/medewerkers/{id}/tweestap")
    @Operation(summary = "De tweestapsverificatie van een medewerker herstellen",
            description = "Na een verloren telefoon: de instelling vervalt en de medewerker stelt haar opnieuw in bij de "
                    + "volgende keer inloggen (als de organisatie het verplicht). Alleen voor de beheerder.")
    @ApiResponse(responseCode = "204", description = "De tweestapsverificatie is hersteld.")
    ResponseEntity<Void> herstelTweestap(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        organisaties.medewerker(id).orElseThrow(NietGevonden::new);
        tweestap.herstel(ik, id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/medewerkers/{id}/ontgrendeling")
    @Operation(operationId = "medewerkerOntgrendel", summary = "De inlogblokkade van een medewerker opheffen",
            description = "Zoals de knop Ontgrendelen op de pagina Medewerkers: na te vaak een verkeerd wachtwoord "
                    + "weigert Wegwijs het inloggen een kwartier; dit heft de blokkade meteen op (de mislukte pogingen "
                    + "vervallen). Het wachtwoord verandert niet; de volgende keer inloggen controleert het zoals "
                    + "altijd. Een medewerker die niet geblokkeerd is: ook 204, er verandert niets. Of iemand "
                    + "geblokkeerd is, staat in geblokkeerd van de medewerker. Alleen voor de beheerder; een andere "
                    + "rol krijgt 403, een onbekend id 404. Antwoordt 204 zonder body.")
    @ApiResponse(responseCode = "204", description = "De medewerker kan weer inloggen.")
    ResponseEntity<Void> ontgrendel(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de medewerker", example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8")
            @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        blokkades.ontgrendel(ik, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tweestap-verplichtingen/{organisatie}")
    @Operation(summary = "Of een organisatie tweestapsverificatie verplicht stelt",
            description = "Voor een gemeente of uitvoerder. Alleen voor de beheerder.")
    VerplichtingResource verplichting(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID organisatie) {
        Beheer.vereisBeheerder(ik);
        bestaat(organisatie);
        return new VerplichtingResource(tweestap.verplicht(organisatie));
    }

    @PutMapping(path = "/tweestap-verplichtingen/{organisatie}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tweestapsverificatie verplicht stellen (of niet meer)",
            description = "Voor elke medewerker van de gemeente of uitvoerder; wie het nog niet heeft ingesteld, doet "
                    + "dat direct na het wachtwoord. Alleen voor de beheerder.")
    VerplichtingResource zetVerplichting(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @PathVariable UUID organisatie, @Valid @RequestBody VerplichtingResource verplichting) {
        Beheer.vereisBeheerder(ik);
        bestaat(organisatie);
        tweestap.zetVerplicht(ik, organisatie, Boolean.TRUE.equals(verplichting.verplicht()));
        return new VerplichtingResource(tweestap.verplicht(organisatie));
    }

    private void bestaat(UUID organisatie) {
        if (organisaties.gemeente(organisatie).isEmpty() && organisaties.uitvoerder(organisatie).isEmpty()) {
            throw new NietGevonden();
        }
    }

    private List<MedewerkerResource> resources(Medewerker ik, UUID organisatie, List<Medewerker> medewerkers) {
        Map<UUID, MedewerkerOverzicht> overzicht = organisaties.medewerkerOverzichtVan(ik, organisatie).stream()
            .collect(Collectors.toMap(MedewerkerOverzicht::id, Function.identity()));
        Set<UUID> ingesteld = tweestap.ingesteld(medewerkers.stream().map(Medewerker::id).toList());
        Set<UUID> geblokkeerd = blokkades.geblokkeerd(ik, medewerkers);
        return medewerkers.stream().map(m -> {
            MedewerkerOverzicht o = overzicht.get(m.id());
            return new MedewerkerResource(m.id(), m.naam(), m.gebruikersnaam(), m.rol(), m.organisatieId(),
                    o == null ? null : o.fte(), o == null ? "" : o.teams(), ingesteld.contains(m.id()),
                    geblokkeerd.contains(m.id()));
        }).toList();
    }
}
