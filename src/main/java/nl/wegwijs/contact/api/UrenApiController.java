package nl.wegwijs.contact.api;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.contact.UrenService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.OngeldigeParameter;

/**
 * Hours per guide, as the "Mijn uren" and team hours pages show them (module contact, {@link UrenService}). They hold
 * no personal data of households, so nothing is logged.
 */
@RestController
@RequestMapping(path = "/api/v1/uren", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Uren", description = "Uren aan contacten en groepsbijeenkomsten, per medewerker.")
class UrenApiController {

    private final UrenService uren;
    private final Clock clock;

    UrenApiController(UrenService uren, Clock clock) {
        this.uren = uren;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Uw eigen uren in een jaar, per maand",
            description = """
                    De minuten van de contacten waarbij u was en van de groepsbijeenkomsten die u organiseerde \
                    (bijeenkomsten die nog komen tellen niet), per maand, met het totaal. Voor iedereen die \
                    huishoudens begeleidt of spreekt; beheer en beleid hebben geen uren: 403. Een jaar voor 2000 of na \
                    dit jaar: 400.""")
    UrenResources.MijnUren mijn(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "het jaar; standaard dit jaar", example = "2026")
            @RequestParam(required = false) @Nullable Integer jaar) {
        if (ik.heeftRol(Rol.BEHEERDER, Rol.BELEID)) {
            throw new AccessDeniedException("geen uren voor rol " + ik.rol());
        }
        int huidig = LocalDate.now(clock).getYear();
        if (jaar != null && (jaar < 2000 || jaar > huidig)) {
            throw new OngeldigeParameter("jaar", "api.uren.jaar");
        }
        int j = jaar == null ? huidig : jaar;
        return UrenResources.MijnUren.van(j, uren.mijnUren(ik, j));
    }

    @GetMapping("/team")
    @Operation(summary = "De uren per medewerker van uw uitvoerder in een periode (teamleider)",
            description = """
                    Per begeleider, vrijwilliger en teamleider van uw uitvoerder: minuten en aantal contacten en \
                    groepsbijeenkomsten van van tot en met tot, op naam. Zonder datums: deze maand tot vandaag. Alleen \
                    de teamleider: anderen krijgen 403. Een periode van meer dan 366 dagen of tot voor van: 422.""")
    UrenResources.TeamUren team(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "eerste dag", example = "2026-03-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate van,
            @Parameter(description = "laatste dag (inclusief)", example = "2026-03-31")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot) {
        if (!ik.heeftRol(Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("geen teamuren voor rol " + ik.rol());
        }
        if ((van == null) != (tot == null)) {
            throw new OngeldigeParameter(van == null ? "van" : "tot", "api.uren.periode");
        }
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate v = van == null ? vandaag.withDayOfMonth(1) : van;
        LocalDate t = tot == null ? vandaag : tot;
        return new UrenResources.TeamUren(v, t,
                uren.teamUren(ik, v, t).stream().map(UrenResources.MedewerkerUren::van).toList());
    }
}
