package nl.wegwijs.toestemming.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.OngeldigeParameter;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.DoorbraakRegel;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * The privacy page ({@code GET /privacy}, {@code POST /doorbraken/{id}/gezien}) of the teamleider and the
 * privacyfunctionaris: the emergency overrides on their organisation's households and the register's figures, and
 * "gezien". The same service methods as the screen ({@link ToestemmingService#privacy},
 * {@link ToestemmingService#gezien}); the overview names households by id only, as the page does.
 */
@RestController
@Tag(name = "Privacy", description = "Voor de privacyfunctionaris en de teamleider: de noodtoegangen (doorbraken) op "
        + "de huishoudens van de eigen organisatie, de cijfers van het toestemmingsregister en het inzagerapport op "
        + "nummer.")
class PrivacyApiController {

    /** The cursor: the override's start in microseconds since the epoch and its id (URL-safe). */
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,19})_([0-9a-fA-F-]{36})");

    private final ToestemmingService service;

    PrivacyApiController(ToestemmingService service) {
        this.service = service;
    }

    @GetMapping(path = "/api/v1/privacy", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "privacyOverzicht", summary = "Noodtoegangen en cijfers van het toestemmingsregister "
            + "(privacyfunctionaris, teamleider)",
            description = """
                    Zoals de pagina Privacy: de noodtoegangen (doorbraken) op de huishoudens van uw gemeente of \
                    uitvoerder, nieuwste eerst, per pagina (keyset; volgende is de volledige URL van de volgende \
                    pagina, of null), met wie, waarom, van en tot wanneer en wie ze al zag; en de cijfers van het \
                    register: geldende toestemmingen per gegevenssoort en per doel, en hoeveel controles binnen 7 \
                    dagen vallen. Huishoudens staan er alleen met hun id in; er worden geen persoonsgegevens gelezen, \
                    dus niets gelogd. Alleen de teamleider en de privacyfunctionaris: andere rollen krijgen 403. Een \
                    ongeldige na: 400.""")
    PrivacyOverzichtResource overzicht(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "positie na de vorige pagina; neem het adres uit volgende over",
                    example = "1764923400000000_2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d")
            @RequestParam(required = false) @Nullable String na,
            @Parameter(description = "hoeveel doorbraken per pagina, 1 tot en met 100", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        vereisPrivacy(ik);
        Instant naVanaf = null;
        UUID naId = null;
        if (na != null) {
            Matcher m = CURSOR.matcher(na);
            try {
                if (!m.matches()) {
                    throw new IllegalArgumentException(na);
                }
                naVanaf = Instant.EPOCH.plus(Long.parseLong(m.group(1)), ChronoUnit.MICROS);
                naId = UUID.fromString(m.group(2));
            }
            catch (RuntimeException e) {
                throw new OngeldigeParameter("na", "api.toestemming.na");
            }
        }
        ToestemmingService.Privacy p = service.privacy(ik, naVanaf, naId, aantal);
        DoorbraakRegel laatste = p.laatste();
        Map<Gegevenssoort, Integer> perSoort = new LinkedHashMap<>();
        for (Gegevenssoort s : Gegevenssoort.values()) {
            perSoort.put(s, p.aantal(s));
        }
        Map<Doel, Integer> perDoel = new LinkedHashMap<>();
        for (Doel d : Doel.values()) {
            perDoel.put(d, p.aantal(d));
        }
        return new PrivacyOverzichtResource(
                p.doorbraken().stream().map(PrivacyOverzichtResource.DoorbraakResource::van).toList(),
                Paginering.volgende(laatste == null ? null
                        : ChronoUnit.MICROS.between(Instant.EPOCH, laatste.vanaf()) + "_" + laatste.id()),
                perSoort, perDoel, p.controles());
    }

    @PostMapping("/api/v1/doorbraken/{id}/gezien")
    @Operation(operationId = "doorbraakGezien", summary = "Een noodtoegang als gezien afvinken (privacyfunctionaris, "
            + "teamleider)",
            description = """
                    Zoals de knop Gezien op de pagina Privacy: u heeft de noodtoegang bekeken. Nog eens gezien \
                    verandert niets. Alleen de teamleider en de privacyfunctionaris: andere rollen krijgen 403; een \
                    noodtoegang op een huishouden buiten uw organisatie, of een onbekend id: 404. Antwoordt 204 \
                    zonder body.""")
    @ApiResponse(responseCode = "204", description = "Als gezien vastgelegd")
    ResponseEntity<Void> gezien(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de noodtoegang", example = "2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d")
            @PathVariable UUID id) {
        vereisPrivacy(ik);
        service.gezien(ik, id);
        return ResponseEntity.noContent().build();
    }

    private static void vereisPrivacy(Medewerker ik) {
        if (!ToestemmingService.heeftPrivacy(ik)) {
            throw new AccessDeniedException("geen privacypagina voor rol " + ik.rol());
        }
    }
}
