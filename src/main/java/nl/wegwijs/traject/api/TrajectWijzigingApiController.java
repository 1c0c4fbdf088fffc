package nl.wegwijs.traject.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/**
 * The steps of a trajectory's life, each a sub-resource taking the version the client last read. Each answers with
 * the trajectory as it now stands.
 */
@RestController
@RequestMapping("/api/v1/trajecten/{id}")
@Tag(name = "Trajecten")
class TrajectWijzigingApiController {

    private final TrajectService trajecten;

    TrajectWijzigingApiController(TrajectService trajecten) {
        this.trajecten = trajecten;
    }

    @PostMapping("/acceptatie")
    @Operation(summary = "De aanmelding accepteren voor een team (teamleider)",
            description = "Het traject gaat naar de intake, in een team van de eigen uitvoerder. Alleen voor wie het "
                    + "huishouden van het traject mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van "
                    + "het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. "
                    + "Alleen de teamleider van de uitvoerder van het traject; anders 422 (traject.niet-toegestaan). "
                    + "Een team van een andere uitvoerder of een stap die in deze status niet kan geeft ook 422. Geef "
                    + "de "
                    + "versie van het traject mee die u het laatst las; verouderd: 409, niets gewijzigd; ontbrekend: "
                    + "400. De wijziging komt in het verwerkingslog en werklijst, checklist en regieoverzicht volgen. "
                    + "Het "
                    + "antwoord is het traject zoals het nu is.")
    TrajectResource accepteer(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Valid @RequestBody AcceptatieRequest acceptatie) {
        trajecten.accepteer(ik, new TrajectId(id), acceptatie.versie(), acceptatie.teamId());
        return traject(ik, id);
    }

    @PostMapping("/start")
    @Operation(summary = "De praktische start van de begeleiding vastleggen, in de eerste fase",
            description = "Het traject wordt actief, in de eerste fase van het contract. Alleen voor wie het "
                    + "huishouden van het traject mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van "
                    + "het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. "
                    + "Alleen de teamleider of begeleider van de uitvoerder van het traject; anders 422 "
                    + "(traject.niet-toegestaan). Een datum in de toekomst, een contract zonder fasen of een stap die "
                    + "in deze status niet kan geeft ook 422. Geef de versie van het traject mee die u het laatst "
                    + "las; verouderd: 409, niets gewijzigd; ontbrekend: 400. De wijziging komt in het verwerkingslog "
                    + "en werklijst, checklist en regieoverzicht volgen. Het antwoord is het traject zoals het nu is.")
    TrajectResource start(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Valid @RequestBody StartRequest start) {
        trajecten.start(ik, new TrajectId(id), start.versie(), start.praktischeStart());
        return traject(ik, id);
    }

    @PostMapping("/fase")
    @Operation(summary = "Naar een andere fase van het contract",
            description = "Alleen voor wie het huishouden van het traject mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Alleen de teamleider of begeleider van de uitvoerder van het "
                    + "traject; anders 422 (traject.niet-toegestaan). Een fase die het contract niet kent of een "
                    + "datum in de toekomst geeft ook 422. Geef de versie van het traject mee die u het laatst las; "
                    + "verouderd: 409, niets gewijzigd; ontbrekend: 400. De wijziging komt in het verwerkingslog en "
                    + "werklijst, checklist en regieoverzicht volgen. Het antwoord is het traject zoals het nu is.")
    TrajectResource naarFase(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Valid @RequestBody FaseRequest fase) {
        trajecten.naarFase(ik, new TrajectId(id), fase.versie(), fase.faseCode(), fase.vanaf());
        return traject(ik, id);
    }

    @PostMapping("/verlengingen")
    @Operation(summary = "De begeleiding verlengen binnen het maximum van het contract",
            description = "Verlengt met hele maanden, met een reden. Alleen voor wie het huishouden van het traject "
                    + "mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of "
                    + "toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de "
                    + "eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Alleen de teamleider of de "
                    + "regievoerder; anders 422 (traject.niet-toegestaan). Meer dan het maximum van het contract, of "
                    + "een contract zonder einde van de begeleiding, geeft ook 422. Geef de versie van het traject "
                    + "mee die u het laatst las; verouderd: 409, niets gewijzigd; ontbrekend: 400. De wijziging komt "
                    + "in het verwerkingslog en werklijst, checklist en regieoverzicht volgen. Het antwoord is het "
                    + "traject zoals het nu is.")
    TrajectResource verleng(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Valid @RequestBody VerlengingRequest verlenging) {
        trajecten.verleng(ik, new TrajectId(id), verlenging.versie(), verlenging.maanden(), verlenging.reden());
        return traject(ik, id);
    }

    @PostMapping("/afsluiting")
    @Operation(summary = "Het traject afsluiten: afgerond, overgedragen of beëindigd",
            description = "Met een reden en een datum (niet in de toekomst); de toewijzingen eindigen. Alleen voor "
                    + "wie het huishouden van het traject mag zien (vrijwilliger: toegewezen huishoudens; begeleider: "
                    + "die van het eigen team of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en "
                    + "budgetcoach: die van de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. "
                    + "Alleen de teamleider of de regievoerder; anders 422 (traject.niet-toegestaan). Een eindstatus "
                    + "of reden die niet past, of een stap die in deze status niet kan, geeft ook 422. Geef de versie "
                    + "van het traject mee die u het laatst las; verouderd: 409, niets gewijzigd; ontbrekend: 400. De "
                    + "wijziging komt in het verwerkingslog en werklijst, checklist en regieoverzicht volgen. Het "
                    + "antwoord is het traject zoals het nu is.")
    TrajectResource sluitAf(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Valid @RequestBody AfsluitingRequest afsluiting) {
        trajecten.sluitAf(ik, new TrajectId(id), afsluiting.versie(), afsluiting.status(), afsluiting.reden(),
                afsluiting.datum(), afsluiting.toelichting());
        return traject(ik, id);
    }

    @PostMapping("/heropening")
    @Operation(summary = "Een afgesloten traject heropenen (teamleider), binnen de termijn na de einddatum",
            description = "Het traject krijgt de status van vóór het afsluiten terug; de toewijzingen die bij het "
                    + "afsluiten eindigden lopen door. De termijn is de instelling wegwijs.traject.heropenen-dagen "
                    + "(standaard 30 dagen). Alleen voor wie het huishouden van het traject mag zien (vrijwilliger: "
                    + "toegewezen huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van "
                    + "de eigen uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: "
                    + "overgedragen huishoudens); anders 404. Alleen de teamleider van de uitvoerder van het traject; "
                    + "anders 422 (traject.niet-toegestaan). Een traject dat niet is afgesloten of waarvan de termijn "
                    + "voorbij is geeft ook 422; een lege reden 400. Geef de versie van het traject mee die u het "
                    + "laatst las; "
                    + "verouderd: 409, niets gewijzigd; ontbrekend: 400. De wijziging komt in het verwerkingslog en "
                    + "werklijst, checklist en regieoverzicht volgen. Het antwoord is het traject zoals het nu is.")
    TrajectResource heropen(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Valid @RequestBody HeropeningRequest heropening) {
        trajecten.heropen(ik, new TrajectId(id), heropening.versie(), heropening.reden());
        return traject(ik, id);
    }

    /** The trajectory after the change; the acting medewerker could see it to change it, so still can. */
    private TrajectResource traject(Medewerker ik, UUID id) {
        return TrajectResource.lees(trajecten, ik, new TrajectId(id));
    }
}
