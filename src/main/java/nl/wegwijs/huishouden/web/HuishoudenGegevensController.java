package nl.wegwijs.huishouden.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.Bsn;
import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * Correcting a household and its persons after the aanmelding, and adding a person later. Only roles that may change
 * base data get the screens (others: 404, as for a household they cannot see). A stale version is refused with a
 * clear message; the user's input stays on the form, nothing is saved until everything is right.
 */
@Controller
class HuishoudenGegevensController {

    private final HuishoudenService huishoudens;
    private final Meldingen meldingen;
    private final Clock clock;

    HuishoudenGegevensController(HuishoudenService huishoudens, Meldingen meldingen, Clock clock) {
        this.huishoudens = huishoudens;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/gegevens")
    String gegevens(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model) {
        vereisWijziger(ik);
        Huishouden h = huishoudens.find(ik, id).orElseThrow(NietGevonden::new);
        model.addAttribute("gegevens", HuishoudenForm.van(h));
        return gegevensFormulier(h, model);
    }

    @PostMapping("/huishoudens/{id}/gegevens")
    String wijzig(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @Valid @ModelAttribute("gegevens") HuishoudenForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        vereisWijziger(ik);
        for (int i = 0; i < form.getPersonen().size(); i++) {
            controleer(form.getPersonen().get(i), "personen[" + i + "].", fouten);
        }
        if (fouten.hasErrors()) {
            return gegevensFormulier(lees(ik, id), model);
        }
        try {
            huishoudens.wijzigGegevens(ik, id, versie(form.getVersie()), form.adres(), form.datums(),
                    form.getHerkomstLocatie(), form.getPersonen().stream().map(PersoonVelden::toNieuwePersoon).toList());
        }
        catch (GelijktijdigGewijzigd fout) {
            Huishouden nu = gelijktijdig(ik, id, fouten);
            form.setVersie(nu.versie());
            return gegevensFormulier(nu, model);
        }
        catch (DomeinFout fout) {
            fouten.reject(fout.code(), fout.argumenten(), fout.code());
            return gegevensFormulier(lees(ik, id), model);
        }
        meldingen.gelukt(redirect, "huishouden.gegevens.gelukt");
        return "redirect:/huishoudens/" + id;
    }

    @GetMapping("/huishoudens/{id}/personen/nieuw")
    String nieuwePersoon(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model) {
        vereisWijziger(ik);
        Huishouden h = huishoudens.find(ik, id).orElseThrow(NietGevonden::new);
        PersoonToevoegenForm form = new PersoonToevoegenForm();
        form.setVersie(h.versie());
        form.getPersoon().setAchternaam(h.hoofdpersoon().achternaam());
        form.getPersoon().setLandVanHerkomst(h.hoofdpersoon().landVanHerkomst());
        model.addAttribute("toevoeging", form);
        return toevoegFormulier(h, model);
    }

    @PostMapping("/huishoudens/{id}/personen/nieuw")
    String voegToe(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @Valid @ModelAttribute("toevoeging") PersoonToevoegenForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        vereisWijziger(ik);
        controleer(form.getPersoon(), "persoon.", fouten);
        if (fouten.hasErrors()) {
            return toevoegFormulier(lees(ik, id), model);
        }
        form.getPersoon().setId(null);
        try {
            huishoudens.voegPersoonToe(ik, id, versie(form.getVersie()), form.getPersoon().toNieuwePersoon());
        }
        catch (GelijktijdigGewijzigd fout) {
            Huishouden nu = gelijktijdig(ik, id, fouten);
            form.setVersie(nu.versie());
            return toevoegFormulier(nu, model);
        }
        catch (DomeinFout fout) {
            fouten.reject(fout.code(), fout.argumenten(), fout.code());
            return toevoegFormulier(lees(ik, id), model);
        }
        meldingen.gelukt(redirect, "huishouden.persoon.toegevoegd", form.getPersoon().naam());
        return "redirect:/huishoudens/" + id;
    }

    /**
     * Someone else saved first: nothing was written. The user's input stays; the form now carries the current
     * version, so saving again is a deliberate choice after looking at the file.
     */
    private Huishouden gelijktijdig(Medewerker ik, HuishoudenId id, BindingResult fouten) {
        fouten.reject("huishouden.gegevens.gelijktijdig");
        return lees(ik, id);
    }

    /**
     * The household as the form shows it again, read through the one access point (404 when not visible; logged as
     * a read of every person, since the form shows them). Only when the form is shown: a successful save reads
     * nothing.
     */
    private Huishouden lees(Medewerker ik, HuishoudenId id) {
        return huishoudens.find(ik, id).orElseThrow(NietGevonden::new);
    }

    /** Per-field checks the annotations cannot express: the elfproef and the order of dates. */
    private void controleer(PersoonVelden p, String pad, BindingResult fouten) {
        if (p.getBsn() != null && !p.getBsn().isBlank() && !fouten.hasFieldErrors(pad + "bsn")
                && !Bsn.isGeldig(p.getBsn().strip())) {
            fouten.rejectValue(pad + "bsn", "huishouden.bsn.ongeldig");
        }
        if (p.getBrpDatum() != null && p.getGeboortedatum() != null
                && p.getBrpDatum().isBefore(p.getGeboortedatum())) {
            fouten.rejectValue(pad + "brpDatum", "huishouden.brp.voor-geboorte");
        }
        if (p.getBrpDatum() != null && p.getBrpDatum().isAfter(LocalDate.now(clock))) {
            fouten.rejectValue(pad + "brpDatum", "huishouden.brp.toekomst");
        }
        if (p.isTolkNodig() && (p.getTolkTaal() == null || p.getTolkTaal().isBlank())) {
            fouten.rejectValue(pad + "tolkTaal", "huishouden.tolktaal.leeg");
        }
    }

    private static long versie(Long versie) {
        return versie;
    }

    private String gegevensFormulier(Huishouden h, Model model) {
        keuzes(model);
        model.addAttribute("huishouden", h);
        return "huishouden/gegevens";
    }

    private String toevoegFormulier(Huishouden h, Model model) {
        keuzes(model);
        model.addAttribute("huishouden", h);
        return "huishouden/persoon-nieuw";
    }

    private void keuzes(Model model) {
        model.addAttribute("rollen", meldingen.opties(PersoonRol.values(), "huishouden.rol."));
        model.addAttribute("geslachten", meldingen.opties(Geslacht.values(), "huishouden.geslacht."));
        model.addAttribute("statussen", meldingen.opties(Verblijfsstatus.values(), "huishouden.status."));
        model.addAttribute("geletterdheden", meldingen.opties(Geletterdheid.values(), "huishouden.geletterdheid."));
    }

    private static void vereisWijziger(Medewerker ik) {
        if (!ik.rol().magHuishoudenWijzigen()) {
            throw new NietGevonden();
        }
    }
}
