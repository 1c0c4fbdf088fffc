package nl.wegwijs.traject.api;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.MedewerkerOverzicht;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Toegang;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/**
 * The guide picker of the household file ({@code GET /huishoudens/{id}/toewijsbaar}) for a system: the guiding staff
 * of the trajectory's team, and the search by name over all guiding staff of the teamleider's uitvoerder (the name in
 * a POST body, never in a URL). The same queries as the screen ({@link OrganisatieService#toewijsbaarInTeam},
 * {@link OrganisatieService#zoekToewijsbaar}); they read no personal data of the household, so nothing is logged.
 */
@RestController
@RequestMapping(path = "/api/v1/trajecten/{id}/toewijsbaar", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Trajecten")
class ToewijsbaarApiController {

    /** As on the screen: at most this many of the team, and of a search. */
    static final int TEAM_MAX = 50;
    static final int ZOEK_MAX = 20;

    private final TrajectService trajecten;
    private final OrganisatieService organisaties;

    ToewijsbaarApiController(TrajectService trajecten, OrganisatieService organisaties) {
        this.trajecten = trajecten;
        this.organisaties = organisaties;
    }

    @GetMapping
    @Operation(operationId = "toewijsbaarInTeam", summary = "Wie u kunt toewijzen: de begeleidende medewerkers van "
            + "het team van het traject (teamleider)",
            description = """
                    De begeleiders, vrijwilligers en teamleiders van het team van het traject, op naam, ten hoogste \
                    50 (meer zegt meer: true); zonder team een lege lijst. Wie in een ander team zit, vindt u met \
                    POST .../toewijsbaar/zoeken. Toewijzen doet u daarna met POST /api/v1/trajecten/{id}/toewijzingen \
                    en het id. Alleen de teamleider: andere rollen krijgen 403; een traject dat niet van uw \
                    uitvoerder is, of dat u niet mag zien: 404. Leest geen persoonsgegevens van het huishouden, dus \
                    komt niet in het verwerkingslog.""")
    ToewijsbaarResource team(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
            @PathVariable UUID id) {
        Toegang t = toegang(ik, id);
        UUID team = t.teamId();
        List<MedewerkerOverzicht> gevonden = team == null ? List.of()
                : organisaties.toewijsbaarInTeam(ik, t.uitvoerderId(), team, TEAM_MAX + 1);
        return ToewijsbaarResource.van(gevonden, TEAM_MAX);
    }

    @PostMapping(path = "/zoeken", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "toewijsbaarZoeken", summary = "Zoeken op naam naar wie u kunt toewijzen (teamleider)",
            description = """
                    De begeleiders, vrijwilligers en teamleiders van uw uitvoerder (alle teams) van wie de naam de \
                    gezochte tekst bevat, op naam, ten hoogste 20 (meer zegt dat er meer zijn: zoek dan preciezer). \
                    De naam staat in de body, niet in het adres. Alleen de teamleider: andere rollen krijgen 403; een \
                    traject dat niet van uw uitvoerder is, of dat u niet mag zien: 404. Een lege naam of minder dan \
                    2 tekens: 400. Er wordt niets gewijzigd en niets gelogd (geen persoonsgegevens van het \
                    huishouden).""")
    ToewijsbaarResource zoek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
            @PathVariable UUID id, @Valid @RequestBody ToewijsbaarZoekRequest zoeken) {
        Toegang t = toegang(ik, id);
        String naam = zoeken.naam() == null ? "" : zoeken.naam();
        return ToewijsbaarResource.van(organisaties.zoekToewijsbaar(ik, t.uitvoerderId(), naam, ZOEK_MAX + 1),
                ZOEK_MAX);
    }

    /** The teamleider's own trajectory, as the screen decides it: 403 for another role, 404 when not theirs. */
    private Toegang toegang(Medewerker ik, UUID id) {
        if (!ik.heeftRol(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("alleen de teamleider wijst toe");
        }
        HuishoudenId huishouden = trajecten.huishoudenVan(ik, new TrajectId(id)).orElseThrow(NietGevonden::new);
        Toegang t = trajecten.toegang(ik, huishouden).orElseThrow(NietGevonden::new);
        if (!t.uitvoerderId().equals(ik.uitvoerderId())) {
            throw new NietGevonden();
        }
        return t;
    }
}
