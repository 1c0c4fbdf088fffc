package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.InburgeringAfronding;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;

/**
 * The forms in the Termijnen section of the household file that record a person's PIP date and the end of their
 * inburgering (issue 17). Plain posts with redirect-after-post; an empty date withdraws what was recorded.
 */
@Controller
class TijdlijnFeitenController {

    private final TrajectService trajecten;
    private final Meldingen meldingen;

    TijdlijnFeitenController(TrajectService trajecten, Meldingen meldingen) {
        this.trajecten = trajecten;
        this.meldingen = meldingen;
    }

    @PostMapping("/trajecten/{id}/personen/{persoon}/pip")
    String pip(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @PathVariable UUID persoon,
            @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate datum,
            RedirectAttributes redirect) {
        return actie(ik, id, redirect, datum == null ? "traject.feit.gewist" : "traject.feit.pip.gelukt",
                () -> trajecten.legPipVast(ik, id, persoon, versie, datum));
    }

    @PostMapping("/trajecten/{id}/personen/{persoon}/inburgering")
    String inburgering(@Ingelogd Medewerker ik, @PathVariable TrajectId id, @PathVariable UUID persoon,
            @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate datum,
            @RequestParam(required = false) @Nullable InburgeringAfronding afronding, RedirectAttributes redirect) {
        return actie(ik, id, redirect, datum == null ? "traject.feit.gewist" : "traject.feit.inburgering.gelukt",
                () -> trajecten.legInburgeringVast(ik, id, persoon, versie, datum, afronding));
    }

    private String actie(Medewerker ik, TrajectId id, RedirectAttributes redirect, String gelukt, Runnable actie) {
        String terug = trajecten.huishoudenVan(ik, id).map(h -> "redirect:/huishoudens/" + h + "#termijnen-kop")
            .orElseThrow(NietGevonden::new);
        try {
            actie.run();
            meldingen.gelukt(redirect, gelukt);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return terug;
    }
}
