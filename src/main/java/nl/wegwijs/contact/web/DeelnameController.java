package nl.wegwijs.contact.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.contact.GroepsbijeenkomstId;
import nl.wegwijs.contact.GroepsbijeenkomstService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;

/** From the household file: record that members of the household attended a recent group session. */
@Controller
class DeelnameController {

    private final GroepsbijeenkomstService bijeenkomsten;
    private final Meldingen meldingen;

    DeelnameController(GroepsbijeenkomstService bijeenkomsten, Meldingen meldingen) {
        this.bijeenkomsten = bijeenkomsten;
        this.meldingen = meldingen;
    }

    @GetMapping("/huishoudens/{id}/groepsbijeenkomsten")
    String keuze(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model, RedirectAttributes redirect) {
        GroepsbijeenkomstService.Deelnamekeuze keuze;
        try {
            keuze = bijeenkomsten.deelnamekeuze(ik, id);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/huishoudens/" + id;
        }
        model.addAttribute("h", keuze.huishouden());
        model.addAttribute("bijeenkomsten", keuze.bijeenkomsten());
        return "contact/deelname";
    }

    @PostMapping("/huishoudens/{id}/groepsbijeenkomsten")
    String meldAan(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable GroepsbijeenkomstId groepsbijeenkomst,
            @RequestParam(name = "personen", required = false) @Nullable List<UUID> personen,
            RedirectAttributes redirect) {
        if (groepsbijeenkomst == null) {
            meldingen.mislukt(redirect, new DomeinFout("contact.groep.deelname.kies"));
            return "redirect:/huishoudens/" + id + "/groepsbijeenkomsten";
        }
        try {
            int n = bijeenkomsten.voegDeelnemersToe(ik, groepsbijeenkomst, id, personen == null ? List.of() : personen);
            meldingen.gelukt(redirect, "contact.groep.deelnemers.toegevoegd", n);
            return "redirect:/huishoudens/" + id;
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/huishoudens/" + id + "/groepsbijeenkomsten";
        }
    }
}
