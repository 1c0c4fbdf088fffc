package nl.wegwijs.werklijst.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.werklijst.Teamoverzicht;

/**
 * The caseload per guide of the teamleider's start page ({@code GET /team}): the same query
 * ({@link Teamoverzicht#caseload}). Counts and hours per medewerker, no personal data of households: nothing is logged,
 * as on the page. (The page's inbox of new registrations is {@code GET /api/v1/werklijst?status=AANGEMELD}.)
 */
@RestController
@Tag(name = "Werklijst")
class CaseloadApiController {

    private final Teamoverzicht teamoverzicht;
    private final Clock clock;

    CaseloadApiController(Teamoverzicht teamoverzicht, Clock clock) {
        this.teamoverzicht = teamoverzicht;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/werklijst/caseload", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "werklijstCaseload", summary = "De caseload per begeleider van uw teams (teamleider)",
            description = """
                    Zoals op de startpagina van de teamleider: per begeleider, vrijwilliger en teamleider van uw \
                    teams (zonder eigen team: van de hele uitvoerder), op naam, het aantal toegewezen huishoudens met \
                    een lopend traject, hoeveel daarvan aandacht vragen (wat als eerste aan de beurt is, is te laat) \
                    en de minuten aan contacten en groepsbijeenkomsten in de laatste vier weken (urenVan tot en met \
                    urenTot). Een korte lijst, niet gepagineerd. Alleen de teamleider: andere rollen krijgen 403. \
                    Telt alleen, toont geen huishoudens, dus komt niet in het verwerkingslog.""")
    CaseloadResource caseload(@Parameter(hidden = true) @Ingelogd Medewerker ik) {
        if (!ik.heeftRol(Rol.TEAMLEIDER) || ik.uitvoerderId() == null) {
            throw new AccessDeniedException("geen caseload voor rol " + ik.rol());
        }
        LocalDate vandaag = LocalDate.now(clock);
        return new CaseloadResource(vandaag.minusDays(Teamoverzicht.UREN_DAGEN - 1L), vandaag,
                teamoverzicht.caseload(ik).stream().map(CaseloadResource.CaseloadRegelResource::van).toList());
    }
}
