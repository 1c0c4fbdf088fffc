package nl.wegwijs.traject.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/**
 * The facts of a person's legal timeline under a trajectory (issue 17): the PIP date and the end of inburgering.
 * Recorded by the gemeente's regievoerder or the uitvoerder's begeleider or teamleider (422 for other roles, 404 when
 * the trajectory or person is not visible, 409 on a stale version). Reading them needs the category INBURGERING
 * (403 "toestemming nodig" otherwise, e.g. for a budgetcoach or the wijkteam without consent).
 */
@RestController
@RequestMapping("/api/v1/trajecten/{id}/personen/{persoonId}")
@Tag(name = "Trajecten")
class TijdlijnFeitenApiController {

    private final TrajectService trajecten;

    TijdlijnFeitenApiController(TrajectService trajecten) {
        this.trajecten = trajecten;
    }

    @GetMapping("/tijdlijn")
    @Operation(summary = "Wat van de tijdlijn van een persoon is vastgelegd: PIP en afronding van de inburgering",
            description = "Alleen voor wie het huishouden van het traject mag zien (vrijwilliger: toegewezen "
                    + "huishoudens; begeleider: die van het eigen team of toegewezen; teamleider: die van de eigen "
                    + "uitvoerder; regievoerder en budgetcoach: die van de eigen gemeente; wijkteam: overgedragen "
                    + "huishoudens); anders 404. Een persoon buiten het huishouden geeft ook 404. Zonder zicht op "
                    + "inburgering (een "
                    + "budgetcoach of het wijkteam zonder toestemming) volgt 403. Het lezen komt in het "
                    + "verwerkingslog.")
    PersoonFeitenResource lees(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoonId) {
        return feiten(ik, id, persoonId);
    }

    @PutMapping("/pip")
    @Operation(summary = "De datum vastleggen waarop het PIP is vastgesteld (leeg: intrekken)",
            description = "Daarmee is de PIP-termijn van de persoon klaar. Alleen voor wie het huishouden van het "
                    + "traject mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team of "
                    + "toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van de "
                    + "eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Een persoon buiten het "
                    + "huishouden geeft ook 404. Vastleggen mag de regievoerder van de gemeente en de begeleider of "
                    + "teamleider van de uitvoerder; anders 422 (traject.niet-toegestaan). Geef de versie van de "
                    + "feiten van de persoon mee (0 als er nog niets is vastgelegd); verouderd: 409, niets gewijzigd; "
                    + "ontbrekend: 400. Een datum in de toekomst geeft 422. De wijziging komt in het verwerkingslog "
                    + "en de termijnen van het traject volgen. Het antwoord leest de feiten terug en vraagt dus zicht "
                    + "op inburgering (anders 403).")
    PersoonFeitenResource pip(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoonId, @Valid @RequestBody PipRequest pip) {
        trajecten.legPipVast(ik, new TrajectId(id), persoonId, pip.versie(), pip.vastgesteldOp());
        return feiten(ik, id, persoonId);
    }

    @PutMapping("/inburgering")
    @Operation(summary = "Vastleggen dat de inburgering is afgerond, of ontheffing of vrijstelling (leeg: intrekken)",
            description = "Daarmee is de inburgeringstermijn van de persoon klaar. Alleen voor wie het huishouden van "
                    + "het traject mag zien (vrijwilliger: toegewezen huishoudens; begeleider: die van het eigen team "
                    + "of toegewezen; teamleider: die van de eigen uitvoerder; regievoerder en budgetcoach: die van "
                    + "de eigen gemeente; wijkteam: overgedragen huishoudens); anders 404. Een persoon buiten het "
                    + "huishouden geeft ook 404. Een datum zonder wijze van afronding geeft 422. Vastleggen mag de "
                    + "regievoerder van de gemeente en de begeleider of teamleider van de uitvoerder; anders 422 "
                    + "(traject.niet-toegestaan). Geef de versie van de feiten van de persoon mee (0 als er nog niets "
                    + "is vastgelegd); verouderd: 409, niets gewijzigd; ontbrekend: 400. Een datum in de toekomst "
                    + "geeft 422. De wijziging komt in het verwerkingslog en de termijnen van het traject volgen. Het "
                    + "antwoord leest de feiten terug en vraagt dus zicht op inburgering (anders 403).")
    PersoonFeitenResource inburgering(@Parameter(hidden = true) @Ingelogd Medewerker ik,
            @Parameter(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b")
                    @PathVariable UUID id,
            @Parameter(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
                    @PathVariable UUID persoonId, @Valid @RequestBody InburgeringRequest inburgering) {
        trajecten.legInburgeringVast(ik, new TrajectId(id), persoonId, inburgering.versie(),
                inburgering.afgerondOp(), inburgering.afronding());
        return feiten(ik, id, persoonId);
    }

    private PersoonFeitenResource feiten(Medewerker ik, UUID id, UUID persoonId) {
        Inzage inzage = trajecten.inzage(ik, new TrajectId(id));
        if (inzage.huishouden().persoon(persoonId).isEmpty()) {
            throw new NietGevonden();
        }
        inzage.vereis(Gegevenssoort.INBURGERING);
        Dossier d = trajecten.dossier(inzage);
        return PersoonFeitenResource.from(d.feiten(persoonId), d::naam);
    }
}
