package nl.wegwijs.verwijzing.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.verwijzing.VerwijzingService;

/**
 * The waiting times per service of a gemeente's sociale kaart (aggregate: counts and days, no persons), as the screen
 * {@code /socialekaart/wachttijden} shows them, for who steers on them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sociale kaart")
class WachttijdApiController {

    private final VerwijzingService service;

    WachttijdApiController(VerwijzingService service) {
        this.service = service;
    }

    @GetMapping("/wachttijden")
    @Operation(summary = "De wachttijden per dienst van de sociale kaart van een gemeente",
            description = "Per dienst die verwijzingen kreeg: hoeveel er verstuurd en geaccepteerd zijn, hoeveel er "
                    + "nu op een antwoord wachten, en het gemiddelde en langste aantal dagen van versturen tot "
                    + "acceptatie; per soort en naam, niet gepagineerd (één regel per dienst). Alleen aantallen, geen "
                    + "personen, dus niets in het verwerkingslog. Voor teamleider, regievoerder, beleid en beheerder "
                    + "(andere rollen: 403), op een gemeente waarvan zij de sociale kaart mogen lezen (anders 404).")
    WachttijdenResource wachttijden(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de gemeente", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                    required = true)
            @RequestParam UUID gemeente) {
        if (!ik.heeftRol(Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BELEID, Rol.BEHEERDER)) {
            throw new AccessDeniedException("de wachttijden zijn voor wie erop stuurt");
        }
        return new WachttijdenResource(gemeente,
                service.wachttijden(ik, gemeente).stream().map(WachttijdResource::from).toList());
    }
}
