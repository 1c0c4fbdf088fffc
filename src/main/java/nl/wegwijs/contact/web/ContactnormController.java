package nl.wegwijs.contact.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.contact.Contactnorm;
import nl.wegwijs.contact.ContactnormService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;

/** The contact norm per contract: how many weeks may pass between contacts, set by beheerder or teamleider. */
@Controller
class ContactnormController {

    private final ContactnormService normen;
    private final Meldingen meldingen;

    ContactnormController(ContactnormService normen, Meldingen meldingen) {
        this.normen = normen;
        this.meldingen = meldingen;
    }

    @GetMapping("/contactnormen")
    String normen(@Ingelogd Medewerker ik, Model model) {
        model.addAttribute("normen", normen.normen(ik));
        model.addAttribute("standaard", Contactnorm.STANDAARD_WEKEN);
        model.addAttribute("min", Contactnorm.MIN_WEKEN);
        model.addAttribute("max", Contactnorm.MAX_WEKEN);
        return "contact/normen";
    }

    @PostMapping("/contactnormen/{contract}")
    String zet(@Ingelogd Medewerker ik, @PathVariable UUID contract, @RequestParam int weken,
            @RequestParam long versie, RedirectAttributes redirect) {
        try {
            normen.zet(ik, contract, weken, versie);
            meldingen.gelukt(redirect, "contact.norm.gezet", weken);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/contactnormen";
    }
}
