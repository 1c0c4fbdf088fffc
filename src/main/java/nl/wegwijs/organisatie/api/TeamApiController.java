package nl.wegwijs.organisatie.api;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Team;
import nl.wegwijs.organisatie.api.UitvoerderResources.NieuwTeamRequest;
import nl.wegwijs.organisatie.api.UitvoerderResources.TeamResource;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;

/** The teams of the uitvoerders, for the beheerder: list them and add one. */
@RestController
@RequestMapping(path = "/api/v1/teams", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Teams", description = "Teams van uitvoerders (beheerder).")
class TeamApiController {

    private final OrganisatieService organisaties;

    TeamApiController(OrganisatieService organisaties) {
        this.organisaties = organisaties;
    }

    @GetMapping
    @Operation(summary = "Teams, per pagina",
            description = "De teams, geordend op id, per pagina (keyset: volg de link in volgende); met uitvoerder alleen "
                    + "die van één uitvoerder. Alleen voor de beheerder; een andere rol krijgt 403.")
    Pagina<TeamResource> pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "alleen de teams van deze uitvoerder")
            @RequestParam(required = false) @Nullable UUID uitvoerder,
            @Parameter(description = "id van het laatste team van de vorige pagina")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        Beheer.vereisBeheerder(ik);
        var teams = uitvoerder == null ? organisaties.alleTeams() : organisaties.teams(uitvoerder);
        return Beheer.pagina(teams.stream().map(TeamResource::van).toList(), TeamResource::id, na, aantal);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Eén team", description = "Alleen voor de beheerder.")
    TeamResource een(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id) {
        Beheer.vereisBeheerder(ik);
        return organisaties.alleTeams().stream().filter(t -> t.id().equals(id)).findFirst().map(TeamResource::van)
            .orElseThrow(NietGevonden::new);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een team toevoegen",
            description = "Voegt een team toe aan een uitvoerder (404 als die niet bestaat). Een naam die de uitvoerder "
                    + "al heeft wordt geweigerd (422). Alleen voor de beheerder.")
    @ApiResponse(responseCode = "201", description = "Het team is toegevoegd; Location wijst ernaar.")
    ResponseEntity<TeamResource> maak(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody NieuwTeamRequest team) {
        Beheer.vereisBeheerder(ik);
        UUID uitvoerder = Objects.requireNonNull(team.uitvoerder());
        String naam = Objects.requireNonNull(team.naam()).strip();
        organisaties.uitvoerder(uitvoerder).orElseThrow(NietGevonden::new);
        if (organisaties.teams(uitvoerder).stream().anyMatch(t -> t.naam().equalsIgnoreCase(naam))) {
            throw new DomeinFout("beheer.team.naam.bestaat");
        }
        Team t;
        try {
            t = organisaties.voegTeamToe(ik, uitvoerder, naam);
        }
        catch (DuplicateKeyException e) {
            throw new DomeinFout("beheer.team.naam.bestaat");
        }
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
            .buildAndExpand(t.id()).toUri()).body(TeamResource.van(t));
    }
}
