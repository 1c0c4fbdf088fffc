package nl.wegwijs.organisatie.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.OngeldigeParameter;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.verwerkingslog.Actie;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Filter;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Positie;
import nl.wegwijs.verwerkingslog.VerwerkingslogZoeker.Regel;

/**
 * The processing log, read only, for the beheerder and the privacyfunctionaris (as the pages): newest first, keyset
 * pages, filtered as the page's form is, with the medewerker as an id (a name is never a query parameter: find the id
 * with {@code POST /api/v1/medewerkers/zoeken}). Only ids of data subjects, never their names.
 */
@RestController
@RequestMapping(path = "/api/v1/verwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Verwerkingen", description = "Het verwerkingslog, alleen lezen (beheerder en privacyfunctionaris).")
class VerwerkingApiController {

    private final VerwerkingslogZoeker zoeker;
    private final Clock clock;

    VerwerkingApiController(VerwerkingslogZoeker zoeker, Clock clock) {
        this.zoeker = zoeker;
        this.clock = clock;
    }

    @Schema(name = "Verwerking", description = "Eén verwerking van persoonsgegevens van één betrokkene.")
    record VerwerkingResource(
            @Schema(description = "id van de regel", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d") UUID id,
            @Schema(description = "wanneer", example = "2026-12-01T10:15:30Z") Instant tijdstip,
            @Schema(description = "wie het deed", example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8") UUID medewerker,
            @Schema(description = "namens welke organisatie", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8",
                    nullable = true) @Nullable UUID organisatie,
            @Schema(description = "wat er gebeurde", example = "LEZEN") Actie actie,
            @Schema(description = "code van de verwerkingsactiviteit", example = "BEGELEIDING") String doel,
            @Schema(description = "naam van de verwerkingsactiviteit", example = "Begeleiding van een huishouden")
            String activiteit,
            @Schema(description = "de betrokkene (persoon of medewerker)", example = "8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e1f")
            UUID betrokkene,
            @Schema(description = "het huishouden", example = "9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a", nullable = true)
            @Nullable UUID huishouden,
            @Schema(description = "soort gegeven", example = "huishouden") String recordSoort,
            @Schema(description = "welk gegeven", example = "9d0e1f2a-3b4c-4d5e-8f6a-7b8c9d0e1f2a") UUID recordId,
            @Schema(description = "gelukt of geweigerd", example = "true") boolean geslaagd,
            @Schema(description = "het verzoek: alle verwerkingen van één handeling",
                    example = "0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b", nullable = true) @Nullable UUID trace) {

        static VerwerkingResource van(Regel r) {
            return new VerwerkingResource(r.id(), r.tijdstip(), r.medewerkerId(), r.organisatieId(), r.actie(),
                    r.doel(), r.activiteit(), r.betrokkeneId(), r.huishoudenId(), r.recordSoort(), r.recordId(),
                    r.geslaagd(), r.traceId());
        }
    }

    @GetMapping
    @Operation(summary = "Het verwerkingslog, nieuwste eerst, per pagina",
            description = "Elke lees- en schrijfactie op persoonsgegevens, één regel per betrokkene, nieuwste eerst, per "
                    + "pagina (keyset: volg de link in volgende). Zonder datums de laatste maand tot en met vandaag. "
                    + "Alleen ids, geen namen. Voor de beheerder en de privacyfunctionaris; een andere rol krijgt 403.")
    Pagina<VerwerkingResource> pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "alleen wat deze medewerker deed (id; zoek het met POST /medewerkers/zoeken)")
            @RequestParam(required = false) @Nullable UUID medewerker,
            @Parameter(description = "alleen over deze betrokkene (id)")
            @RequestParam(required = false) @Nullable UUID betrokkene,
            @Parameter(description = "alleen over dit huishouden (id)")
            @RequestParam(required = false) @Nullable UUID huishouden,
            @Parameter(description = "alleen deze actie") @RequestParam(required = false) @Nullable Actie actie,
            @Parameter(description = "alleen de verwerkingen van dit verzoek (trace-id)")
            @RequestParam(required = false) @Nullable UUID trace,
            @Parameter(description = "alleen mislukte verwerkingen (zoals geweigerde inlogpogingen)")
            @RequestParam(defaultValue = "false") boolean mislukt,
            @Parameter(description = "vanaf deze dag (standaard: een maand geleden)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate vanaf,
            @Parameter(description = "tot en met deze dag (standaard: vandaag)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
            @Parameter(description = "waar de vorige pagina eindigde (uit de link volgende)")
            @RequestParam(required = false) @Nullable String na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100")
            @RequestParam(defaultValue = "25") int aantal) {
        if (!ik.heeftRol(Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            throw new AccessDeniedException("alleen beheerder en privacyfunctionaris");
        }
        ZoneId zone = clock.getZone();
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate van = Objects.requireNonNullElse(vanaf, vandaag.minusMonths(1));
        LocalDate t = Objects.requireNonNullElse(tot, vandaag);
        if (t.isBefore(van)) {
            throw new OngeldigeParameter("tot", "organisatie.api.log.periode");
        }
        Filter filter = new Filter(medewerker, betrokkene, huishouden, actie, van.atStartOfDay(zone).toInstant(),
                t.plusDays(1).atStartOfDay(zone).toInstant(), trace, mislukt);
        VerwerkingslogZoeker.Pagina pagina = zoeker.pagina(filter, positie(na), Paginering.grootte(aantal));
        Positie volgende = pagina.volgende();
        return new Pagina<>(pagina.regels().stream().map(VerwerkingResource::van).toList(),
                volgende == null ? null : Paginering.volgende(cursor(volgende)));
    }

    /** A cursor of letters, digits and {@code ._-}: seconds.nanos_id. */
    static String cursor(Positie p) {
        return p.tijdstip().getEpochSecond() + "." + p.tijdstip().getNano() + "_" + p.id();
    }

    static @Nullable Positie positie(@Nullable String na) {
        if (na == null) {
            return null;
        }
        try {
            int streep = na.indexOf('_');
            int punt = na.indexOf('.');
            if (streep < 0 || punt < 0 || punt > streep) {
                throw new IllegalArgumentException(na);
            }
            long seconden = Long.parseLong(na.substring(0, punt));
            long nanos = Long.parseLong(na.substring(punt + 1, streep));
            // 1900-01-01 to 2200-01-01: the dates the database and the rest of the API accept
            if (nanos < 0 || nanos > 999_999_999L || seconden < -2_208_988_800L || seconden > 7_258_118_400L) {
                throw new IllegalArgumentException(na);
            }
            UUID id = UUID.fromString(na.substring(streep + 1));
            return new Positie(Instant.ofEpochSecond(seconden, nanos), id);
        }
        catch (RuntimeException e) {
            throw new OngeldigeParameter("na", "organisatie.api.log.cursor");
        }
    }

}
