package nl.wegwijs.bewaren.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.bewaren.BewaarRun;
import nl.wegwijs.bewaren.BewaarService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * The retention runs for the beheerder (every gemeente) and a gemeente's privacy officer (their gemeente): the latest
 * dry run per gemeente, its households (ids, end dates, counts; never names), a fresh dry run on request, and carrying
 * out exactly the run shown after a confirmation page. Everyone else: 404 (decided in {@link BewaarService}).
 */
@Controller
@RequestMapping("/privacy/bewaren")
class BewaarController {

    private final BewaarService bewaren;
    private final Meldingen meldingen;

    BewaarController(BewaarService bewaren, Meldingen meldingen) {
        this.bewaren = bewaren;
        this.meldingen = meldingen;
    }

    @GetMapping
    String overzicht(@Ingelogd Medewerker ik, Model model) {
        model.addAttribute("runs", bewaren.laatste(ik));
        model.addAttribute("modus", bewaren.modus().name());
        model.addAttribute("eigenGemeente", ik.heeftRol(nl.wegwijs.organisatie.Rol.BEHEERDER) ? null : ik.gemeenteId());
        return "bewaren/overzicht";
    }

    /** A fresh dry run for one gemeente, now. */
    @PostMapping("/proefdraaien")
    String proefdraai(@Ingelogd Medewerker ik, @RequestParam UUID gemeente, RedirectAttributes redirect) {
        BewaarRun run = bewaren.proefdraai(ik, gemeente);
        meldingen.gelukt(redirect, "bewaren.proefdraai.gemaakt", run.aantal());
        return "redirect:/privacy/bewaren/runs/" + run.id();
    }

    @GetMapping("/runs/{id}")
    String run(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model) {
        model.addAttribute("r", bewaren.run(ik, id));
        return "bewaren/run";
    }

    @GetMapping("/runs/{id}/uitvoeren")
    String bevestig(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        BewaarService.RunMetRegels r = bewaren.run(ik, id);
        if (!r.uitvoerbaar()) {
            meldingen.mislukt(redirect, new DomeinFout(r.run().uitgevoerd() ? "bewaren.run.al-uitgevoerd"
                    : r.run().aantal() == 0 ? "bewaren.run.leeg" : "bewaren.run.verouderd"));
            return "redirect:/privacy/bewaren/runs/" + id;
        }
        model.addAttribute("r", r);
        return "bewaren/uitvoeren";
    }

    @PostMapping("/runs/{id}/uitvoeren")
    String voerUit(@Ingelogd Medewerker ik, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            BewaarService.Uitkomst u = bewaren.voerUit(ik, id);
            meldingen.gelukt(redirect, "bewaren.uitgevoerd", u.geanonimiseerd(), u.overgeslagen());
        }
        catch (NietGevonden fout) {
            throw fout;
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/privacy/bewaren/runs/" + id;
    }
}
