package nl.wegwijs.regie.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.regie.Cijfer;
import nl.wegwijs.regie.Regieoverzicht;
import nl.wegwijs.system.OngeldigeParameter;
import nl.wegwijs.system.Paginering;
import nl.wegwijs.traject.TrajectStatus;

/**
 * The regie overview (page {@code /regie}): the figures of the gemeente for regievoerder and beleid, and the
 * households behind a figure for the regievoerder, through the same {@link Regieoverzicht} as the page.
 */
@RestController
@RequestMapping(path = "/api/v1/regie", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Regie", description = "Het regieoverzicht van de gemeente over alle uitvoerders.")
class RegieApiController {

    private static final Pattern CURSOR = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})_([0-9a-fA-F-]{36})");

    private final Regieoverzicht overzicht;

    RegieApiController(Regieoverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping
    @Operation(summary = "De cijfers van het regieoverzicht van uw gemeente",
            description = """
                    Huishoudens per status en fase, PIP binnenkort, verlopen, op tijd en te laat, de mediane duur van \
                    BRP-inschrijving tot brede intake, PIP en eerste taalles, het startgat, open signalen, ontzorgen \
                    dat eindigt (met en zonder overgang) en de inschrijvingen tegen de taakstelling; de definities \
                    staan in docs/regie-overzicht.md. Voor de regievoerder en de beleidsmedewerker van een gemeente; \
                    anderen krijgen 403. Alleen aantallen, geen personen: er wordt niets vastgelegd.""")
    Regieoverzicht.Cijfers cijfers(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "alleen de huishoudens van deze uitvoerder")
            @RequestParam(required = false) @Nullable UUID uitvoerder) {
        if (!Regieoverzicht.magCijfersZien(ik)) {
            throw new AccessDeniedException("geen regieoverzicht voor rol " + ik.rol());
        }
        return overzicht.cijfers(ik, uitvoerder);
    }

    @Schema(description = "Een pagina van de huishoudens achter een cijfer.")
    record RegieHuishoudenPagina(@Schema(description = "de huishoudens (of personen) van deze pagina") List<RegieRegel> items,
            @Schema(description = "adres van de volgende pagina; leeg op de laatste",
                    example = "https://wegwijs.example/api/v1/regie/huishoudens?cijfer=pip-verlopen&na=2026-01-10_0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0")
            @Nullable String volgende) {
    }

    @Schema(description = "Eén regel: een huishouden, of een persoon bij de cijfers per persoon.")
    record RegieRegel(
            @Schema(description = "id van het huishouden", example = "7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d")
            UUID huishoudenId,
            @Schema(description = "id van de regel: het huishouden of de persoon",
                    example = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0") UUID id,
            @Schema(description = "naam", example = "Haddad, Samira") String naam,
            @Schema(description = "naam van de uitvoerder", example = "VluchtelingenWerk") String uitvoerder,
            @Schema(description = "de datum die bij het cijfer hoort", example = "2026-01-10")
            @Nullable LocalDate datum) {
    }

    @GetMapping("/huishoudens")
    @Operation(summary = "De huishoudens achter een cijfer van het regieoverzicht (regievoerder)",
            description = """
                    Dezelfde lijst als achter een getal op de pagina Regie, 50 per pagina, in de volgorde van het \
                    cijfer (de datum, dan id). Cijfers: stadium (met status en eventueel fase), signalen, \
                    ontzorgen-eindigt, ontzorgen-zonder-overgang, pip-binnenkort, pip-verlopen, pip-op-tijd, \
                    pip-te-laat, intake, pip, taalles, startgat, taakstelling. Alleen de regievoerder van de gemeente; \
                    anderen (ook beleid) krijgen 403. Vastgelegd in het verwerkingslog: één regel per getoond \
                    huishouden.""")
    RegieHuishoudenPagina huishoudens(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "het cijfer", example = "pip-verlopen", required = true)
            @RequestParam String cijfer,
            @Parameter(description = "alleen de huishoudens van deze uitvoerder")
            @RequestParam(required = false) @Nullable UUID uitvoerder,
            @Parameter(description = "status van het traject (bij stadium verplicht)", example = "ACTIEF")
            @RequestParam(required = false) @Nullable TrajectStatus status,
            @Parameter(description = "code van de fase (bij stadium)", example = "FASE1")
            @RequestParam(required = false) @Nullable String fase,
            @Parameter(description = "positie na de vorige pagina; neem het adres uit volgende over")
            @RequestParam(required = false) @Nullable String na) {
        if (!Regieoverzicht.magHuishoudensZien(ik)) {
            throw new AccessDeniedException("geen huishoudens in het regieoverzicht voor rol " + ik.rol());
        }
        Cijfer c = Cijfer.vanCode(cijfer).orElseThrow(() -> new OngeldigeParameter("cijfer", "api.regie.cijfer"));
        if (c == Cijfer.STADIUM && status == null) {
            throw new OngeldigeParameter("status", "api.regie.status");
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
                throw new OngeldigeParameter("na", "api.regie.na");
            }
        }
        Regieoverzicht.Pagina p = overzicht.huishoudens(ik, c, uitvoerder, status == null ? null : status.name(),
                fase, naDatum, naId);
        return new RegieHuishoudenPagina(p.regels().stream()
            .map(r -> new RegieRegel(r.huishoudenId(), r.id(), r.naam(), r.uitvoerder(), r.datum())).toList(),
                Paginering.volgende(p.naDatum() == null || p.naId() == null ? null : p.naDatum() + "_" + p.naId()));
    }
}
