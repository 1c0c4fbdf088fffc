package nl.wegwijs.organisatie.web;

import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.organisatie.Identificatiebeleid;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * The beheerder sets per uitvoerder whether its volunteers see BSN and V-nummer (by default they do not). Some
 * uitvoerders let volunteers do the administration of phase 1; allowing it needs a reason, and every change is kept
 * with who and when.
 */
@Controller
@RequestMapping("/beheer/uitvoerders/{id}/identificatie")
class IdentificatiebeleidController {

    private static final String PAGINA = "beheer/identificatie";

    private final OrganisatieService organisaties;
    private final Meldingen meldingen;

    IdentificatiebeleidController(OrganisatieService organisaties, Meldingen meldingen) {
        this.organisaties = organisaties;
        this.meldingen = meldingen;
    }

    @GetMapping
    String toon(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model) {
        Identificatiebeleid b = organisaties.identificatiebeleid(ik, id);
        BeheerFormulieren.formAlsNodig(model, "beleid", () -> IdentificatiebeleidForm.van(b));
        return pagina(ik, id, b, model);
    }

    @PostMapping
    String wijzig(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @ModelAttribute("beleid") IdentificatiebeleidForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Identificatiebeleid b = organisaties.identificatiebeleid(ik, id);
        if (BeheerFormulieren.gebonden(result)) {
            form.controleer(result);
        }
        if (result.hasErrors()) {
            return pagina(ik, id, b, model);
        }
        try {
            organisaties.wijzigIdentificatiebeleid(ik, id, Objects.requireNonNull(form.versie()), form.toegestaan(),
                    form.reden());
        }
        catch (GelijktijdigGewijzigd fout) {
            // someone else changed it first: nothing was saved; show the current state with a message
            meldingen.mislukt(redirect, new DomeinFout("beheer.identificatie.gelijktijdig"));
            return "redirect:/beheer/uitvoerders/" + id + "/identificatie";
        }
        catch (DomeinFout fout) {
            BeheerFormulieren.toon(result, fout);
            return pagina(ik, id, b, model);
        }
        Uitvoerder u = organisaties.uitvoerder(id).orElseThrow(NietGevonden::new);
        meldingen.gelukt(redirect, form.toegestaan() ? "beheer.identificatie.toegestaan"
                : "beheer.identificatie.niet-toegestaan", u.naam());
        return "redirect:/beheer/uitvoerders/" + id + "/identificatie";
    }

    private String pagina(Medewerker ik, UUID id, Identificatiebeleid b, Model model) {
        model.addAttribute("uitvoerder", organisaties.uitvoerder(id).orElseThrow(NietGevonden::new));
        model.addAttribute("huidig", b);
        model.addAttribute("historie", organisaties.identificatiebeleidHistorie(ik, id));
        return PAGINA;
    }
}
