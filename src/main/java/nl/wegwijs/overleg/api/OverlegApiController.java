package nl.wegwijs.overleg.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.overleg.Afspraak;
import nl.wegwijs.overleg.Agendapunt;
import nl.wegwijs.overleg.Overleg;
import nl.wegwijs.overleg.OverlegService;
import nl.wegwijs.overleg.Reeks;
import nl.wegwijs.system.OngeldigeParameter;
import nl.wegwijs.system.NietGevonden;

import static nl.wegwijs.overleg.api.OverlegResources.*;

/**
 * The casuïstiekoverleg: series, meetings, agenda items with their minutes, and agreements. The regievoerder of the
 * gemeente organises; a teamleider of an uitvoerder under contract sees the meetings with only their uitvoerder's
 * households, puts cases forward and writes the minutes for those; other roles see no meetings (404); an agreement's
 * owner sees their own tasks. Notes need the category NOTITIES, agreements VOORTGANG (403 otherwise); a refusal is a
 * 422, a stale version a 409.
 */
@RestController
@RequestMapping("/api/v1/overleggen")
@Tag(name = "Casuïstiekoverleg", description = "Het vaste overleg van de gemeente over huishoudens: reeksen, "
        + "overleggen, de agenda, het verslag per huishouden en de afspraken die taken worden.")
class OverlegApiController {

    private final OverlegService overleg;

    OverlegApiController(OverlegService overleg) {
        this.overleg = overleg;
    }

    // --- series

    @GetMapping("/reeksen")
    @Operation(operationId = "overlegReeksen", summary = "De vaste overleggen die u ziet",
            description = "Zonder filters en niet gepagineerd: een gemeente heeft maar enkele vaste overleggen.")
    List<ReeksResource> reeksen(@Parameter(hidden = true) @Ingelogd Medewerker ik) {
        vereisDeelname(ik);
        return overleg.startpagina(ik).reeksen().stream().map(ReeksResource::from).toList();
    }

    @PostMapping("/reeksen")
    @Operation(operationId = "overlegReeksMaken", summary = "Een vast overleg maken (de regievoerder)",
            description = "Maakt een vast casuïstiekoverleg van de eigen gemeente: naam, elke hoeveel weken (1 tot en "
                    + "met 26), eventueel één uitvoerder met een contract, en de vaste deelnemers. Alleen de "
                    + "regievoerder; anders 422 (overleg.niet-toegestaan). Ook 422: een "
                    + "lege of te lange naam (tot 200 tekens), een frequentie buiten 1-26 weken, een uitvoerder zonder "
                    + "contract, een deelnemer die geen regievoerder van de gemeente of teamleider met contract is, "
                    + "een "
                    + "externe deelnemer zonder naam. Er worden geen persoonsgegevens van huishoudens verwerkt.")
    @ApiResponse(responseCode = "201", description = "Gemaakt; Location wijst naar het nieuwe vaste overleg",
            headers = @Header(name = "Location", description = "adres van het vaste overleg",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/overleggen/reeksen/3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b")))
    ResponseEntity<ReeksResource> maakReeks(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @RequestBody ReeksRequest reeks) {
        Reeks r = overleg.maakReeks(ik, reeks.toInvoer());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/overleggen/reeksen/{id}").build(r.id())).body(ReeksResource.from(r));
    }

    @GetMapping("/reeksen/{reeks}")
    @Operation(operationId = "overlegReeks", summary = "Eén vast overleg",
            description = "Naam, frequentie, uitvoerder en vaste deelnemers. De reeks ziet de regievoerder van de "
                    + "gemeente, en de teamleider van een uitvoerder met een contract met die gemeente (als de reeks "
                    + "geen of hun uitvoerder noemt); anders 404.")
    ReeksResource reeks(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het vaste overleg", example = "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b")
                    @PathVariable UUID reeks) {
        return ReeksResource.from(overleg.reeks(ik, reeks));
    }

    @PutMapping("/reeksen/{reeks}")
    @Operation(operationId = "overlegReeksWijzigen", summary = "Een vast overleg wijzigen (de regievoerder)",
            description = "Vervangt naam, frequentie, uitvoerder en deelnemers; geef de versie mee die u het laatst "
                    + "las. Is die verouderd, dan 409 en wordt er niets opgeslagen; ontbreekt hij, dan 400. De reeks "
                    + "ziet de "
                    + "regievoerder van de gemeente, en de teamleider van een uitvoerder met een contract met die "
                    + "gemeente (als de reeks geen of hun uitvoerder noemt); anders 404. Alleen de regievoerder; "
                    + "anders 422 (overleg.niet-toegestaan). Verder "
                    + "dezelfde regels als bij maken (422).")
    ReeksResource wijzigReeks(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het vaste overleg", example = "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b")
                    @PathVariable UUID reeks,
            @RequestBody ReeksRequest wijziging) {
        return ReeksResource.from(overleg.wijzigReeks(ik, reeks, versie(wijziging.versie()), wijziging.toInvoer()));
    }

    @GetMapping("/reeksen/{reeks}/overleggen")
    @Operation(operationId = "overlegOverleggenVanReeks", summary = "De overleggen van een vast overleg, nieuwste eerst",
            description = "Zonder filters en niet gepagineerd: een vast overleg komt hooguit enkele keren per maand bijeen.")
    List<OverlegResource> overleggen(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID reeks) {
        return overleg.overleggenVan(ik, reeks).stream().map(OverlegResource::from).toList();
    }

    @PostMapping("/reeksen/{reeks}/overleggen")
    @Operation(operationId = "overlegPlannen", summary = "Een overleg plannen (de regievoerder)",
            description = "Zonder datum: de voorgestelde datum, de frequentie na het vorige overleg (vandaag als er "
                    + "nog geen was). De reeks ziet de regievoerder van de gemeente, en de teamleider van een "
                    + "uitvoerder met een contract met die gemeente (als de reeks geen of hun uitvoerder noemt); "
                    + "anders 404. Alleen de regievoerder; anders 422 (overleg.niet-toegestaan). Een datum meer dan "
                    + "een jaar terug of meer dan twee jaar vooruit geeft "
                    + "422 (overleg.datum.ongeldig).")
    @ApiResponse(responseCode = "201", description = "Gepland; Location wijst naar het nieuwe overleg",
            headers = @Header(name = "Location", description = "adres van het overleg",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/overleggen/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")))
    ResponseEntity<OverlegResource> plan(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het vaste overleg", example = "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b")
                    @PathVariable UUID reeks, @RequestBody OverlegRequest verzoek) {
        Overleg o = overleg.planOverleg(ik, reeks,
                verzoek.datum() != null ? verzoek.datum() : overleg.voorgesteldeDatum(ik, reeks));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/overleggen/{id}").build(o.id())).body(OverlegResource.from(o));
    }

    // --- a meeting and its agenda

    @GetMapping("/{overleg}")
    @Operation(operationId = "overleg", summary = "Eén overleg",
            description = "Datum, reeks en wanneer de agenda werd gemaakt, zonder agenda (niets persoonlijks). Het "
                    + "overleg ziet wie de reeks ziet: de regievoerder van de gemeente en de teamleider van een "
                    + "uitvoerder met contract; anders 404.")
    OverlegResource overleg(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
                    @PathVariable UUID overleg) {
        return OverlegResource.from(this.overleg.overleg(ik, overleg));
    }

    @PutMapping("/{overleg}")
    @Operation(operationId = "overlegVerzetten", summary = "Een overleg verzetten naar een andere datum (de "
            + "regievoerder)",
            description = "Zet het overleg op een andere datum, bij de versie die u het laatst las ("
                    + "verouderd: 409, niets gewijzigd; ontbrekend: 400). Het overleg ziet wie de reeks ziet: de "
                    + "regievoerder van de gemeente en de teamleider van een uitvoerder met contract; anders 404. "
                    + "Alleen de regievoerder; anders 422 (overleg.niet-toegestaan). Geen datum geeft 400; een datum "
                    + "meer dan een jaar terug of meer dan twee jaar vooruit 422 (overleg.datum.ongeldig).")
    OverlegResource verzet(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
                    @PathVariable UUID overleg,
            @RequestBody OverlegRequest verzoek) {
        long versie = versie(verzoek.versie());
        LocalDate datum = verzoek.datum();
        if (datum == null) {
            throw new OngeldigeParameter("datum", "overleg.datum.leeg");
        }
        return OverlegResource.from(this.overleg.verzetDatum(ik, overleg, versie, datum));
    }

    @PostMapping("/{overleg}/agenda")
    @Operation(operationId = "overlegAgendaMaken", summary = "De agenda maken (de regievoerder)",
            description = "Zet huishoudens met open signalen of iets dat te laat is op de agenda; wat er al staat, "
                    + "blijft staan en krijgt de nieuwe redenen erbij; er gaat niets af. Het antwoord is 201 met het "
                    + "overleg; Location wijst naar de agendapunten van het overleg. Geef de versie van het overleg "
                    + "mee (verouderd: 409, niets gewijzigd; ontbrekend: 400). Het overleg ziet wie de reeks ziet: de "
                    + "regievoerder van de gemeente en de teamleider van een uitvoerder met contract; anders 404. "
                    + "Alleen de regievoerder; anders 422 (overleg.niet-toegestaan).")
    @ApiResponse(responseCode = "201", description = "Agenda gemaakt; Location wijst naar de agendapunten",
            headers = @Header(name = "Location", description = "adres van de agendapunten van het overleg",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/overleggen/5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d/agendapunten")))
    ResponseEntity<OverlegResource> maakAgenda(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
                    @PathVariable UUID overleg,
            @Valid @RequestBody VersieRequest verzoek) {
        OverlegResource o = OverlegResource.from(this.overleg.maakAgenda(ik, overleg, versie(verzoek.versie())));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/overleggen/{id}/agendapunten").build(overleg)).body(o);
    }

    @GetMapping("/{overleg}/agendapunten")
    @Operation(operationId = "overlegAgendapunten", summary = "De agenda: de huishoudens die u mag zien, in volgorde (zonder verslag)",
            description = "Zonder filters en niet gepagineerd: de agenda van één overleg is kort en hoort in zijn geheel bij "
                    + "elkaar.")
    List<AgendapuntResource> agenda(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID overleg) {
        return this.overleg.agenda(ik, overleg).stream().map(AgendapuntResource::from).toList();
    }

    @PostMapping("/{overleg}/agendapunten")
    @Operation(operationId = "overlegInbrengen", summary = "Een huishouden inbrengen met een vraag",
            description = "De regievoerder, of de teamleider voor een huishouden van de eigen uitvoerder; alleen "
                    + "voor een overleg dat nog komt. Het overleg ziet wie de reeks ziet: de regievoerder van de "
                    + "gemeente en de teamleider van een uitvoerder met contract; anders 404. Geen huishoudenId geeft "
                    + "400. Een huishouden dat u niet mag zien "
                    + "geeft 404, zonder zicht op de voortgang 403. Een overleg dat voorbij is, of een lege of te "
                    + "lange "
                    + "vraag (tot 2000 tekens), geeft 422. Staat het huishouden al op de agenda, dan krijgt dat punt "
                    + "de vraag erbij (ook dan 201, naar dat punt). Het inbrengen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "201", description = "Ingebracht; Location wijst naar het agendapunt",
            headers = @Header(name = "Location", description = "adres van het agendapunt",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/overleggen/agendapunten/7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")))
    ResponseEntity<AgendapuntResource> brengIn(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
                    @PathVariable UUID overleg, @Valid @RequestBody InbrengRequest inbreng) {
        Agendapunt p = this.overleg.brengIn(ik, overleg, new HuishoudenId(Objects.requireNonNull(inbreng.huishoudenId())),
                inbreng.vraag() == null ? "" : inbreng.vraag());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/overleggen/agendapunten/{id}").build(p.id())).body(AgendapuntResource.from(p));
    }

    @DeleteMapping("/{overleg}/agendapunten/{punt}")
    @Operation(operationId = "overlegAgendapuntVerwijderen", summary = "Een huishouden van de agenda halen (de "
            + "regievoerder)",
            description = "Niet als er al afspraken over zijn gemaakt (422 overleg.punt.heeft-afspraken). De versie "
                    + "is die van het overleg; verouderd: 409, niets gewijzigd; ontbrekend: 400. Het overleg ziet wie "
                    + "de reeks ziet: de regievoerder van de gemeente en de teamleider van een uitvoerder met "
                    + "contract; anders 404. Het agendapunt ziet de regievoerder of teamleider die het overleg ziet "
                    + "en het huishouden mag zien; anders 404. Een punt van een "
                    + "ander overleg geeft ook 404. Alleen de regievoerder; anders 422 (overleg.niet-toegestaan). Het "
                    + "verwijderen komt in het verwerkingslog.")
    @ApiResponse(responseCode = "204", description = "Van de agenda gehaald")
    ResponseEntity<Void> verwijder(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
                    @PathVariable UUID overleg,
            @Parameter(description = "id van het agendapunt", example = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")
                    @PathVariable UUID punt,
            @Parameter(description = "de versie van het overleg", required = true, example = "3")
            @RequestParam long versie) {
        this.overleg.verwijderPunt(ik, overleg, versie, punt);
        return ResponseEntity.noContent().build();
    }

    private static final String VOLGORDE = """
            Zoals de pijltjes op de agenda: het punt ruilt van plaats met het punt erboven (omhoog) of eronder \
            (omlaag); staat het al bovenaan of onderaan, dan blijft de volgorde gelijk. Geef de versie van het \
            overleg mee die u het laatst las (verouderd: 409, niets gewijzigd; ontbrekend: 400). Antwoordt 200 met \
            het overleg en zijn nieuwe versie; de volgorde leest u met GET .../agendapunten. Het overleg ziet wie de \
            reeks ziet: de regievoerder van de gemeente en de teamleider van een uitvoerder met contract; anders \
            404. Een punt van een ander overleg geeft ook 404. Alleen de regievoerder; anders 422 \
            (overleg.niet-toegestaan). Er worden geen persoonsgegevens gelezen of gewijzigd.""";

    @PostMapping("/{overleg}/agendapunten/{punt}/omhoog")
    @Operation(operationId = "overlegAgendapuntOmhoog", summary = "Een agendapunt één plaats omhoog (de "
            + "regievoerder)", description = VOLGORDE)
    OverlegResource omhoog(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
                    @PathVariable UUID overleg,
            @Parameter(description = "id van het agendapunt", example = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")
                    @PathVariable UUID punt,
            @Valid @RequestBody VersieRequest verzoek) {
        this.overleg.verschuif(ik, overleg, versie(verzoek.versie()), punt, true);
        return OverlegResource.from(this.overleg.overleg(ik, overleg));
    }

    @PostMapping("/{overleg}/agendapunten/{punt}/omlaag")
    @Operation(operationId = "overlegAgendapuntOmlaag", summary = "Een agendapunt één plaats omlaag (de "
            + "regievoerder)", description = VOLGORDE)
    OverlegResource omlaag(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het overleg", example = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d")
                    @PathVariable UUID overleg,
            @Parameter(description = "id van het agendapunt", example = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")
                    @PathVariable UUID punt,
            @Valid @RequestBody VersieRequest verzoek) {
        this.overleg.verschuif(ik, overleg, versie(verzoek.versie()), punt, false);
        return OverlegResource.from(this.overleg.overleg(ik, overleg));
    }

    // --- minutes and agreements

    @GetMapping("/agendapunten/{punt}")
    @Operation(operationId = "overlegAgendapunt", summary = "Eén agendapunt met verslag en afspraken",
            description = "Het besproken deel alleen met de categorie notities (anders leeg en besprokenZichtbaar "
                    + "false). Het agendapunt ziet de regievoerder of teamleider die het overleg ziet en het "
                    + "huishouden mag zien; anders 404. Zonder zicht op de voortgang van het huishouden volgt 403. "
                    + "Het lezen komt in het "
                    + "verwerkingslog.")
    AgendapuntResource punt(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het agendapunt", example = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")
                    @PathVariable UUID punt) {
        return AgendapuntResource.from(overleg.punt(ik, punt));
    }

    @PutMapping("/agendapunten/{punt}/verslag")
    @Operation(operationId = "overlegVerslag", summary = "Vastleggen wat er over het huishouden is besproken",
            description = "Vervangt het verslag van dit huishouden (leeg maakt het leeg). Het agendapunt ziet de "
                    + "regievoerder of teamleider die het overleg ziet en het huishouden mag zien; anders 404. Zonder "
                    + "de categorie "
                    + "notities volgt 403. Geef de versie van het agendapunt mee; is die verouderd, "
                    + "dan 409 en wordt er niets opgeslagen; ontbreekt hij, dan 400. Langer dan 10.000 tekens geeft 422. Het verslag komt in "
                    + "het verwerkingslog.")
    AgendapuntResource verslag(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het agendapunt", example = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")
                    @PathVariable UUID punt,
            @Valid @RequestBody VerslagRequest verslag) {
        overleg.legVerslagVast(ik, punt, versie(verslag.versie()), verslag.besproken());
        return AgendapuntResource.from(overleg.punt(ik, punt));
    }

    @PostMapping("/agendapunten/{punt}/afspraken")
    @Operation(operationId = "overlegAfspraakMaken", summary = "Een afspraak vastleggen: een taak met eigenaar en "
            + "datum",
            description = "De eigenaar is een vaste deelnemer in Wegwijs (die krijgt een melding) of iemand van "
                    + "buiten, "
                    + "met naam. De datum ligt op of na het overleg, hooguit twee jaar later. Het agendapunt ziet de "
                    + "regievoerder of teamleider die het overleg ziet en het huishouden mag zien; anders 404. Zonder "
                    + "zicht op de "
                    + "voortgang van het huishouden volgt 403. Ook 422: een lege of te lange omschrijving (tot 1000 "
                    + "tekens), geen of twee eigenaren, een eigenaar die geen vaste deelnemer is, een datum buiten de "
                    + "termijn. De afspraak komt in het verwerkingslog. Location wijst naar het agendapunt, waarin de "
                    + "afspraak staat (onder afspraken).")
    @ApiResponse(responseCode = "201", description = "Vastgelegd; Location wijst naar het agendapunt met de afspraak",
            headers = @Header(name = "Location", description = "adres van het agendapunt met de nieuwe afspraak",
                    schema = @Schema(type = "string", format = "uri",
                            example = "/api/v1/overleggen/agendapunten/7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")))
    ResponseEntity<AfspraakResource> afspraak(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het agendapunt", example = "7c8d9e0f-1a2b-4c3d-9e4f-5a6b7c8d9e0f")
                    @PathVariable UUID punt, @RequestBody AfspraakRequest afspraak) {
        Afspraak a = overleg.maakAfspraak(ik, punt, afspraak.toInvoer());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/overleggen/agendapunten/{id}").build(a.puntId())).body(AfspraakResource.from(a));
    }

    @GetMapping("/afspraken")
    @Operation(operationId = "overlegMijnAfspraken", summary = "Mijn open afspraken uit alle overleggen, eerst wat het eerst klaar moet zijn",
            description = "Zonder filters en niet gepagineerd: alleen uw eigen open afspraken; een afgeronde afspraak valt "
                    + "eraf, dus de lijst blijft kort.")
    List<TaakResource> mijnAfspraken(@Parameter(hidden = true) @Ingelogd Medewerker ik) {
        return overleg.mijnAfspraken(ik).stream().map(TaakResource::from).toList();
    }

    @PutMapping("/afspraken/{afspraak}/status")
    @Operation(operationId = "overlegAfspraakStatus", summary = "Een afspraak op gedaan of weer open zetten",
            description = "De eigenaar, of wie het verslag van het huishouden mag schrijven. Geef de versie mee; is "
                    + "die verouderd, dan 409 en wordt er niets gewijzigd; ontbreekt hij, dan 400. Wie geen eigenaar is en "
                    + "het agendapunt niet ziet, krijgt 404; zonder zicht op de voortgang van het huishouden 403. "
                    + "Zonder status volgt 400. De wijziging komt in het verwerkingslog.")
    AfspraakResource status(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van de afspraak", example = "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b")
                    @PathVariable UUID afspraak,
            @Valid @RequestBody StatusRequest status) {
        return AfspraakResource.from(overleg.zetStatus(ik, afspraak, versie(status.versie()),
                Objects.requireNonNull(status.status())));
    }

    private static long versie(@Nullable Long versie) {
        if (versie == null) {
            throw new OngeldigeParameter("versie", "api.versie.leeg");
        }
        return Objects.requireNonNull(versie);
    }

    private static void vereisDeelname(Medewerker ik) {
        if (!OverlegService.doetMee(ik)) {
            throw new NietGevonden();
        }
    }
}
