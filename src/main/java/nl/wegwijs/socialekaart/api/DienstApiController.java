package nl.wegwijs.socialekaart.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.NietGevonden;

/**
 * The sociale kaart per gemeente, through the same {@link SocialeKaart} methods as the screens: read by everyone who
 * works for the gemeente's households (another gemeente's kaart does not exist for them: 404), maintained by the
 * beheerder, the gemeente's regievoerder and the teamleiders of uitvoerders with a contract in it. A role that never
 * maintains a kaart gets 403 on a write; a maintaining role on a kaart it may read but not maintain gets 422
 * ({@code socialekaart.niet-toegestaan}), as in the screens. No personal data, so nothing is logged.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sociale kaart", description = "Per gemeente de lokale diensten (huisarts, GGZ, schuldhulp, sociaal "
        + "wijkteam, zelforganisaties, ...) met contact, talen, wachttijd en hoe u verwijst.")
class DienstApiController {

    private static final String WIE_LEEST = "Lezen mag wie voor de huishoudens van de gemeente werkt: de medewerkers "
            + "van de gemeente zelf, de medewerkers van uitvoerders met een contract in de gemeente, en de beheerder; "
            + "een andere gemeente geeft 404.";
    private static final String WIE_BEHEERT = "Bijhouden mag de beheerder (elke gemeente), de regievoerder van de "
            + "gemeente en de teamleider van een uitvoerder met een contract in de gemeente. Andere rollen krijgen "
            + "403; een regievoerder of teamleider die de kaart wel mag lezen maar niet bijhouden krijgt 422 "
            + "(socialekaart.niet-toegestaan).";

    private final SocialeKaart kaart;

    DienstApiController(SocialeKaart kaart) {
        this.kaart = kaart;
    }

    @GetMapping("/diensten")
    @Operation(summary = "De diensten op de sociale kaart van een gemeente, per pagina",
            description = "Actieve en gedeactiveerde diensten (veld actief), per soort en naam (keyset). Filters "
                    + "(optioneel, ze beperken alleen): soort, en taal (een gesproken taal zoals ingevoerd, zonder "
                    + "verschil tussen hoofd- en kleine letters). Zonder gemeente: uw eigen gemeente, of bij een "
                    + "uitvoerder de eerste gemeente waarin u werkt (zoals het scherm). " + WIE_LEEST + " Het veld "
                    + "volgende is de volledige URL van de volgende pagina met dezelfde filters, of null op de laatste "
                    + "pagina. Een onbekende parameter of waarde, of een aantal buiten 1 tot en met 100, geeft 400. "
                    + "Geen persoonsgegevens, dus niets in het verwerkingslog.")
    DienstPagina lijst(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de gemeente; leeg: uw eigen (eerste) gemeente",
                    example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
            @RequestParam(required = false) @Nullable UUID gemeente,
            @Parameter(description = "Alleen diensten van deze soort.")
            @RequestParam(required = false) @Nullable Dienstsoort soort,
            @Parameter(description = "Alleen diensten waar deze taal gesproken wordt.", example = "Arabisch")
            @RequestParam(required = false) @Nullable String taal,
            @Parameter(description = "Het id van de laatste dienst van de vorige pagina; staat al in de URL van "
                    + "volgende.", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f")
            @RequestParam(required = false) @Nullable UUID na,
            @Parameter(description = "Hoeveel diensten per pagina, 1 tot en met 100.", example = "25")
            @RequestParam(defaultValue = "25") int aantal) {
        UUID g = gemeente != null ? gemeente : standaardGemeente(ik);
        SocialeKaart.Pagina pagina = kaart.pagina(ik, g, soort, taal, na, aantal);
        return DienstPagina.van(g, pagina.magBeheren(),
                pagina.regels().stream().map(r -> DienstResource.from(r.dienst(), r.actief())).toList(),
                pagina.volgende());
    }

    @GetMapping("/diensten/{id}")
    @Operation(summary = "Eén dienst van de sociale kaart",
            description = "Met of zij actief is en de versie om te wijzigen. " + WIE_LEEST)
    DienstResource dienst(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de dienst", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f")
            @PathVariable UUID id) {
        SocialeKaart.DienstInzage inzage = kaart.inzage(ik, id);
        return DienstResource.from(inzage.dienst(), inzage.actief());
    }

    @PostMapping("/diensten")
    @Operation(summary = "Een dienst toevoegen aan de sociale kaart van een gemeente",
            description = "Naam en soort zijn verplicht (anders 400); de regels van het formulier gelden (422 met "
                    + "de regel in code): naam tot 200 tekens, een geldig telefoonnummer, e-mailadres en website "
                    + "(https:// of http://), wachttijd 0 tot en met 104 weken, hoogstens 30 talen, en als "
                    + "ontvangende organisatie alleen een gemeente. Een onbekende of andere gemeente dan de uwe geeft "
                    + "404. " + WIE_BEHEERT + " Bij een weigering is er niets opgeslagen.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd; Location wijst naar de nieuwe dienst",
            headers = @Header(name = "Location", description = "adres van de nieuwe dienst",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/diensten/3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f")))
    ResponseEntity<DienstResource> voegToe(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Valid @RequestBody DienstRequest dienst) {
        vereisBeheerrol(ik);
        Dienst d = kaart.voegToe(ik, Objects.requireNonNull(dienst.gemeenteId()), dienst.toGegevens());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/diensten/{id}").build(d.id())).body(DienstResource.from(d, true));
    }

    @PutMapping("/diensten/{id}")
    @Operation(summary = "Een dienst wijzigen",
            description = "Alle gegevens tegelijk, met de versie die u het laatst las; is die verouderd, dan 409 "
                    + "en wijzigt er niets. Naam en soort zijn verplicht (anders 400); de regels van het formulier "
                    + "gelden (422 met de regel in code). " + WIE_LEEST + " " + WIE_BEHEERT)
    DienstResource wijzig(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de dienst", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f")
            @PathVariable UUID id, @Valid @RequestBody DienstWijziging dienst) {
        vereisBeheerrol(ik);
        kaart.wijzig(ik, id, Objects.requireNonNull(dienst.versie()), dienst.toGegevens());
        SocialeKaart.DienstInzage na = kaart.inzage(ik, id);
        return DienstResource.from(na.dienst(), na.actief());
    }

    @PutMapping("/diensten/{id}/stand")
    @Operation(summary = "Een dienst deactiveren of weer activeren",
            description = "Een gedeactiveerde dienst krijgt geen nieuwe verwijzingen; bestaande verwijzingen blijven "
                    + "ernaar wijzen. Een dienst wordt nooit verwijderd. Met de versie die u het laatst las; is die "
                    + "verouderd, dan 409 en wijzigt er niets. Zonder actief volgt 400, zonder versie (en If-Match) "
                    + "428. " + WIE_LEEST + " " + WIE_BEHEERT)
    DienstResource zetStand(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de dienst", example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f")
            @PathVariable UUID id, @Valid @RequestBody DienstStandRequest stand) {
        vereisBeheerrol(ik);
        boolean actief = Objects.requireNonNull(stand.actief());
        return DienstResource.from(kaart.zetActief(ik, id, Objects.requireNonNull(stand.versie()), actief), actief);
    }

    /** The gemeente the screen opens with: the reader's own, else the first they work in; 404 when none. */
    private UUID standaardGemeente(Medewerker ik) {
        List<Gemeente> gemeenten = kaart.gemeenten(ik);
        if (gemeenten.isEmpty()) {
            throw new NietGevonden();
        }
        return ik.gemeenteId() != null && gemeenten.stream().anyMatch(x -> x.id().equals(ik.gemeenteId()))
                ? ik.gemeenteId() : gemeenten.get(0).id();
    }

    /** Only the roles that maintain a sociale kaart have the writes at all (DESIGN20: 403 for the others). */
    private static void vereisBeheerrol(Medewerker ik) {
        if (!ik.heeftRol(Rol.BEHEERDER, Rol.REGIEVOERDER, Rol.TEAMLEIDER)) {
            throw new AccessDeniedException("alleen beheerder, regievoerder en teamleider houden de sociale kaart bij");
        }
    }
}
