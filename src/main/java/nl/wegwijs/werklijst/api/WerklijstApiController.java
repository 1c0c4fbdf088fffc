package nl.wegwijs.werklijst.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.OngeldigeParameter;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.werklijst.Werklijst;
import nl.wegwijs.werklijst.WerklijstFilter;
import nl.wegwijs.werklijst.WerklijstRegel;

/**
 * The worklist of the acting medewerker: the same query as the worklist page ({@link Werklijst}), so the same rows,
 * scope per role, filters, counts and order (most urgent first, keyset on the date of what is next and the
 * trajectory). A search on name goes in a POST body, never in a URL.
 */
@RestController
@RequestMapping(path = "/api/v1/werklijst", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Werklijst", description = "De werklijst: de huishoudens die u mag zien, meest dringend eerst.")
class WerklijstApiController {

    /** The cursor: the date of what is next and the trajectory's id, e.g. {@code 2026-03-01_3f1c...}. */
    private static final Pattern CURSOR = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_([0-9a-fA-F-]{36})");

    private final Werklijst werklijst;
    private final Clock clock;

    WerklijstApiController(Werklijst werklijst, Clock clock) {
        this.werklijst = werklijst;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Uw werklijst, meest dringend eerst, per pagina",
            description = """
                    Dezelfde huishoudens, filters en volgorde als de werklijst in Wegwijs: wat als eerste aan de beurt \
                    is (een wettelijke termijn, brief, signaal, checklistpunt of de contactnorm) en wanneer, gesorteerd \
                    op die datum. Wie welke huishoudens ziet hangt af van de rol: een vrijwilliger alleen de aan hem \
                    toegewezen huishoudens, een begeleider die van zijn teams, een teamleider die van zijn uitvoerder, \
                    regievoerder en budgetcoach die van de gemeente, het sociaal wijkteam de overgedragen huishoudens. \
                    Filters maken de lijst kleiner, nooit groter. Zonder status toont de lijst geen afgeronde of \
                    beëindigde trajecten. Beleid, beheer en de privacyfunctionaris zien geen huishoudens: 403. \
                    Zoeken op naam gaat met POST /api/v1/werklijst/zoeken. Vastgelegd in het verwerkingslog: één regel \
                    per getoond huishouden (de hoofdpersoon).""")
    WerklijstPaginaResource pagina(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "mijn: alleen aan u toegewezen; team: alles wat u mag zien. Standaard mijn voor "
                    + "vrijwilliger en begeleider, team voor de anderen.", example = "team")
            @RequestParam(required = false) @Nullable String weergave,
            @Parameter(description = "status van het traject", example = "ACTIEF")
            @RequestParam(required = false) @Nullable TrajectStatus status,
            @Parameter(description = "fase: code of (deel van de) naam van de fase", example = "Opstart")
            @RequestParam(required = false) @Nullable String fase,
            @Parameter(description = "id van een team van de uitvoerder")
            @RequestParam(required = false) @Nullable UUID team,
            @Parameter(description = "id van een toegewezen medewerker")
            @RequestParam(required = false) @Nullable UUID medewerker,
            @Parameter(description = "id van de gemeente") @RequestParam(required = false) @Nullable UUID gemeente,
            @Parameter(description = "id van de uitvoerder") @RequestParam(required = false) @Nullable UUID uitvoerder,
            @Parameter(description = "te-laat, binnenkort, signalen, zonder-contact of zelfredzaamheid", example = "te-laat")
            @RequestParam(required = false) @Nullable String aandacht,
            @Parameter(description = "datum van wat als eerste aan de beurt is: vanaf (inclusief)",
                    example = "2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate vanaf,
            @Parameter(description = "datum van wat als eerste aan de beurt is: tot en met", example = "2026-03-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
            @Parameter(description = "positie na de vorige pagina; neem het adres uit volgende over")
            @RequestParam(required = false) @Nullable String na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        return lijst(ik, weergave, status, fase, team, medewerker, gemeente, uitvoerder, aandacht, vanaf, tot, null,
                na, aantal);
    }

    @PostMapping(path = "/zoeken", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Zoeken op naam in uw werklijst",
            description = """
                    Als GET /api/v1/werklijst, met dezelfde filters in het adres, maar alleen de huishoudens waarvan de \
                    naam de gezochte tekst bevat (hoofdletters maken niet uit). De naam staat in de body, zodat hij niet \
                    in een adres, een logregel of de geschiedenis van een browser komt. Voor de volgende pagina: stuur \
                    dezelfde body naar het adres in volgende. Er wordt niets gewijzigd.""")
    WerklijstPaginaResource zoek(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "mijn of team", example = "team")
            @RequestParam(required = false) @Nullable String weergave,
            @Parameter(description = "status van het traject", example = "ACTIEF")
            @RequestParam(required = false) @Nullable TrajectStatus status,
            @Parameter(description = "fase: code of (deel van de) naam van de fase", example = "Opstart")
            @RequestParam(required = false) @Nullable String fase,
            @Parameter(description = "id van een team van de uitvoerder")
            @RequestParam(required = false) @Nullable UUID team,
            @Parameter(description = "id van een toegewezen medewerker")
            @RequestParam(required = false) @Nullable UUID medewerker,
            @Parameter(description = "id van de gemeente") @RequestParam(required = false) @Nullable UUID gemeente,
            @Parameter(description = "id van de uitvoerder") @RequestParam(required = false) @Nullable UUID uitvoerder,
            @Parameter(description = "te-laat, binnenkort, signalen, zonder-contact of zelfredzaamheid", example = "te-laat")
            @RequestParam(required = false) @Nullable String aandacht,
            @Parameter(description = "datum van wat als eerste aan de beurt is: vanaf (inclusief)",
                    example = "2026-01-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate vanaf,
            @Parameter(description = "datum van wat als eerste aan de beurt is: tot en met", example = "2026-03-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
            @Parameter(description = "positie na de vorige pagina; neem het adres uit volgende over")
            @RequestParam(required = false) @Nullable String na,
            @Parameter(description = "hoeveel per pagina, 1 tot en met 100", example = "25")
            @RequestParam(defaultValue = "25") int aantal,
            @Valid @RequestBody WerklijstZoekRequest zoeken) {
        return lijst(ik, weergave, status, fase, team, medewerker, gemeente, uitvoerder, aandacht, vanaf, tot,
                zoeken.naam(), na, aantal);
    }

    private WerklijstPaginaResource lijst(Medewerker ik, @Nullable String weergave, @Nullable TrajectStatus status,
            @Nullable String fase, @Nullable UUID team, @Nullable UUID medewerker, @Nullable UUID gemeente,
            @Nullable UUID uitvoerder, @Nullable String aandacht, @Nullable LocalDate vanaf, @Nullable LocalDate tot,
            @Nullable String naam, @Nullable String na, int aantal) {
        if (ik.heeftRol(Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            throw new AccessDeniedException("geen werklijst voor rol " + ik.rol());
        }
        if (weergave != null && !weergave.equals("mijn") && !weergave.equals("team")) {
            throw new OngeldigeParameter("weergave", "api.werklijst.weergave");
        }
        if (aandacht != null && !WerklijstFilter.AANDACHT.contains(aandacht)) {
            throw new OngeldigeParameter("aandacht", "api.werklijst.aandacht");
        }
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            throw new OngeldigeParameter("tot", "api.werklijst.periode");
        }
        LocalDate naUrgentie = null;
        UUID naTraject = null;
        if (na != null) {
            Matcher m = CURSOR.matcher(na);
            try {
                if (!m.matches()) {
                    throw new IllegalArgumentException(na);
                }
                naUrgentie = LocalDate.parse(m.group(1));
                naTraject = UUID.fromString(m.group(2));
            }
            catch (RuntimeException e) {
                throw new OngeldigeParameter("na", "api.werklijst.na");
            }
        }
        String gekozen = weergave == null ? Werklijst.standaardWeergave(ik) : weergave;
        WerklijstFilter filter = new WerklijstFilter(gekozen, gemeente, uitvoerder, fase,
                status == null ? null : status.name(), naam, aandacht, naUrgentie, naTraject, team, medewerker, vanaf,
                tot);
        int n = Paginering.grootte(aantal);
        Werklijst.Overzicht overzicht = werklijst.overzicht(ik, filter, n);
        LocalDate vandaag = LocalDate.now(clock);
        WerklijstRegel laatste = overzicht.pagina().meer() ? overzicht.pagina().laatste() : null;
        return new WerklijstPaginaResource(
                overzicht.pagina().regels().stream().map(r -> WerklijstRegelResource.van(r, vandaag)).toList(),
                Paginering.volgende(laatste == null ? null : laatste.urgentie() + "_" + laatste.trajectId()),
                WerklijstPaginaResource.TellingResource.van(overzicht.telling()));
    }
}
