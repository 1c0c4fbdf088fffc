package nl.wegwijs.checklist.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.checklist.Categorie;
import nl.wegwijs.checklist.Doelgroep;
import nl.wegwijs.checklist.Referentie;
import nl.wegwijs.checklist.Reikwijdte;
import nl.wegwijs.checklist.SjabloonService;
import nl.wegwijs.checklist.Thema;
import nl.wegwijs.checklist.Uitvoerende;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;

/**
 * The checklist template of a contract, for a beheerder (any contract) or a teamleider of the contract's uitvoerder:
 * add an item, move it up or down, take it out of or back into use. Outside /beheer, because a teamleider edits it
 * too; for anyone else it does not exist (404).
 */
@Controller
class SjabloonController {

    private final SjabloonService sjablonen;
    private final Meldingen meldingen;

    SjabloonController(SjabloonService sjablonen, Meldingen meldingen) {
        this.sjablonen = sjablonen;
        this.meldingen = meldingen;
    }

    @GetMapping("/checklist-sjablonen")
    String contracten(@Ingelogd Medewerker ik, Model model) {
        if (!ik.heeftRol(nl.wegwijs.organisatie.Rol.BEHEERDER, nl.wegwijs.organisatie.Rol.TEAMLEIDER)) {
            throw new nl.wegwijs.system.NietGevonden();
        }
        model.addAttribute("contracten", sjablonen.bewerkbareContracten(ik));
        return "checklist/sjablonen";
    }

    @GetMapping("/contracten/{id}/checklist")
    String sjabloon(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model) {
        SjabloonItemForm form = new SjabloonItemForm();
        model.addAttribute("sjabloonItemForm", form);
        return toon(ik, id, model);
    }

    @PostMapping("/contracten/{id}/checklist/items")
    String voegToe(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @ModelAttribute("sjabloonItemForm") SjabloonItemForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        sjablonen.contract(ik, id);
        if (!fouten.hasErrors()) {
            try {
                sjablonen.voegToe(ik, id, form.getVersie(), form.nieuw());
                meldingen.gelukt(redirect, "checklist.sjabloon.toegevoegd", form.getTitel());
                return "redirect:/contracten/" + id + "/checklist";
            }
            catch (DomeinFout fout) {
                fouten.reject(fout.code(), fout.argumenten(), fout.code());
            }
        }
        return toon(ik, id, model);
    }

    @PostMapping("/contracten/{id}/checklist/items/{code}/verplaatsing")
    String verplaats(@Ingelogd Medewerker ik, @PathVariable UUID id, @PathVariable String code,
            @RequestParam long versie, @RequestParam String richting, RedirectAttributes redirect) {
        return actie(redirect, id, "checklist.sjabloon.verplaatst",
                () -> sjablonen.verplaats(ik, id, versie, code, "omhoog".equals(richting) ? -1 : 1));
    }

    @PostMapping("/contracten/{id}/checklist/items/{code}/gebruik")
    String gebruik(@Ingelogd Medewerker ik, @PathVariable UUID id, @PathVariable String code,
            @RequestParam long versie, @RequestParam boolean inGebruik, RedirectAttributes redirect) {
        return actie(redirect, id, inGebruik ? "checklist.sjabloon.in-gebruik" : "checklist.sjabloon.uit-gebruik",
                () -> sjablonen.zetInGebruik(ik, id, versie, code, inGebruik));
    }

    private String actie(RedirectAttributes redirect, UUID id, String gelukt, Runnable actie) {
        try {
            actie.run();
            meldingen.gelukt(redirect, gelukt);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/contracten/" + id + "/checklist";
    }

    private String toon(Medewerker ik, UUID id, Model model) {
        var sjabloon = sjablonen.sjabloon(ik, id);
        ((SjabloonItemForm) model.getAttribute("sjabloonItemForm")).setVersie(sjabloon.versie());
        model.addAttribute("contract", sjablonen.contract(ik, id));
        model.addAttribute("sjabloon", sjabloon);
        model.addAttribute("themas", meldingen.opties(Thema.values(), "checklist.thema."));
        model.addAttribute("categorieen", metLeeg(meldingen.opties(Categorie.values(), "checklist.categorie.")));
        model.addAttribute("reikwijdtes", meldingen.opties(Reikwijdte.values(), "checklist.reikwijdte."));
        model.addAttribute("referenties", meldingen.opties(Referentie.values(), "checklist.referentie."));
        model.addAttribute("uitvoerenden", meldingen.opties(Uitvoerende.values(), "checklist.uitvoerende."));
        model.addAttribute("doelgroepen", metLeeg(meldingen.opties(Doelgroep.values(), "checklist.doelgroep.")));
        return "checklist/sjabloon";
    }

    private List<Keuze> metLeeg(List<Keuze> opties) {
        List<Keuze> lijst = new ArrayList<>();
        lijst.add(new Keuze("", meldingen.tekst("checklist.sjabloon.geen")));
        lijst.addAll(opties);
        return lijst;
    }
}
