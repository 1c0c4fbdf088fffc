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
    @Operation(summary = "Wat van de tijdlijn van een persoon is vastgelegd: PIP en afronding van de inburgering")
    PersoonFeitenResource lees(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoonId) {
        return feiten(ik, id, persoonId);
    }

    @PutMapping("/pip")
    @Operation(summary = "De datum vastleggen waarop het PIP is vastgesteld (leeg: intrekken)")
    PersoonFeitenResource pip(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
            @PathVariable UUID persoonId, @Valid @RequestBody PipRequest pip) {
        trajecten.legPipVast(ik, new TrajectId(id), persoonId, pip.versie(), pip.vastgesteldOp());
        return feiten(ik, id, persoonId);
    }

    @PutMapping("/inburgering")
    @Operation(summary = "Vastleggen dat de inburgering is afgerond, of ontheffing of vrijstelling (leeg: intrekken)")
    PersoonFeitenResource inburgering(@Parameter(hidden = true) @Ingelogd Medewerker ik, @PathVariable UUID id,
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
