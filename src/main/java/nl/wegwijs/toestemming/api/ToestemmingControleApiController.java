package nl.wegwijs.toestemming.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.OngeldigeParameter;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.toestemming.ControleRegel;
import nl.wegwijs.toestemming.ToestemmingService;

/**
 * "Nog akkoord?" ({@code GET /toestemmingen/controle}, {@code POST /toestemmingen/{id}/akkoord}): the consents whose
 * periodic check is due, and the person's confirmation. The same service methods as the screen, so the same scope
 * (the households the caller may see), the same rules and the same processing-log rows.
 */
@RestController
@Tag(name = "Toestemming")
class ToestemmingControleApiController {

    /** The cursor: the check date and the consent's id, e.g. {@code 2026-03-01_0e1f...}. */
    private static final Pattern CURSOR = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_([0-9a-fA-F-]{36})");

    private final ToestemmingService service;

    ToestemmingControleApiController(ToestemmingService service) {
        this.service = service;
    }

    @GetMapping(path = "/api/v1/toestemmingen/te-controleren", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "toestemmingTeControleren", summary = "Toestemmingen om na te vragen (\"nog akkoord?\"), "
            + "per pagina",
            description = """
                    De geldende toestemmingen waarvan de controledatum binnen 7 dagen valt (of al voorbij is), in de \
                    huishoudens die u mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen \
                    team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van \
                    de eigen gemeente; wijkteam: overgedragen huishoudens), vroegste controledatum eerst, per pagina \
                    (keyset; volgende is de volledige URL van de volgende pagina, of null). Beleid, beheer en de \
                    privacyfunctionaris zien geen huishoudens: 403. Een ongeldige na of een onbekende parameter: 400. \
                    Vastgelegd in het verwerkingslog: één regel per getoonde persoon.""")
    ToestemmingControlePagina teControleren(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "positie na de vorige pagina; neem het adres uit volgende over",
                    example = "2026-03-01_0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b")
            @RequestParam(required = false) @Nullable String na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        if (ik.heeftRol(Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            throw new AccessDeniedException("geen huishoudens voor rol " + ik.rol());
        }
        LocalDate naDatum = null;
        UUID naId = null;
        if (na != null) {
            Matcher m = CURSOR.matcher(na);
            try {
                if (!m.matches()) {
                    throw new IllegalArgumentException(na);
                }
                naDatum = LocalDate.parse(m.group(1));
                naId = UUID.fromString(m.group(2));
            }
            catch (RuntimeException e) {
                throw new OngeldigeParameter("na", "api.toestemming.na");
            }
        }
        ToestemmingService.ControlePagina p = service.teControleren(ik, naDatum, naId, aantal);
        ControleRegel laatste = p.laatste();
        return new ToestemmingControlePagina(p.regels().stream().map(ToestemmingControleResource::van).toList(),
                Paginering.volgende(laatste == null ? null : laatste.controleOp() + "_" + laatste.id()));
    }

    @PostMapping(path = "/api/v1/toestemmingen/{id}/akkoord", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "toestemmingNogAkkoord", summary = "De persoon is nog akkoord: de toestemming blijft, "
            + "met een nieuwe controledatum",
            description = """
                    Na het navragen: de persoon stemt nog steeds in. De toestemming blijft zoals ze is; de volgende \
                    controle is op volgendeControle, of zonder die datum over 6 maanden. Geef de versie mee die u \
                    het laatst las: verouderd 409, niets gewijzigd; ontbrekend 400. Alleen voor wie het huishouden \
                    mag zien; anders 404. Vastleggen mag wie het huishouden begeleidt (vrijwilliger als toegewezen, \
                    begeleider, teamleider, regievoerder, budgetcoach) zolang het traject loopt, en het wijkteam; \
                    anders 422 (toestemming.niet-toegestaan). Een controledatum vandaag of eerder, of een toestemming \
                    die al is ingetrokken: 422. Antwoordt 200 met de toestemming. Komt in het verwerkingslog.""")
    ToestemmingResource nogAkkoord(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de toestemming", example = "0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b")
            @PathVariable UUID id, @Valid @RequestBody AkkoordRequest akkoord) {
        return ToestemmingResource.from(service.nogAkkoord(ik, id, Objects.requireNonNull(akkoord.versie()),
                akkoord.volgendeControle()), service.vandaag());
    }
}
