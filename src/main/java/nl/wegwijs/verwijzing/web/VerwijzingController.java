package nl.wegwijs.verwijzing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.verwijzing.Verwijzing;
import nl.wegwijs.verwijzing.VerwijzingService;
import nl.wegwijs.verwijzing.VerwijzingStatus;

/** Referrals: a household's list and form, one referral with its actions, the wijkteam inbox, waiting times. */
@Controller
class VerwijzingController {

    private final VerwijzingService service;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;

    VerwijzingController(VerwijzingService service, OrganisatieService organisaties, Meldingen meldingen) {
        this.service = service;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
    }

    @GetMapping("/huishoudens/{id}/verwijzingen")
    String lijst(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable UUID na, Model model) {
        VerwijzingService.Pagina pagina = service.pagina(ik, id, na, VerwijzingService.PAGINA);
        model.addAttribute("pagina", pagina);
        model.addAttribute("h", pagina.huishouden());
        model.addAttribute("gepagineerd", na != null);
        return "verwijzing/lijst";
    }

    /** The household file's section content, loaded when it comes into view. */
    @GetMapping("/huishoudens/{id}/verwijzingen/dossier")
    String dossier(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model) {
        model.addAttribute("o", service.dossier(ik, id));
        return "verwijzing/dossier :: inhoud(o=${o})";
    }

    @GetMapping("/huishoudens/{id}/verwijzingen/nieuw")
    String nieuw(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable UUID signaal,
            @RequestParam(required = false) @Nullable UUID dienst, Model model, RedirectAttributes redirect) {
        VerwijzingForm form = new VerwijzingForm();
        form.setSignaal(signaal);
        form.setDienst(dienst);
        model.addAttribute("verwijzing", form);
        try {
            return formulier(ik, id, model);
        }
        catch (DomeinFout fout) {
            // who may not refer (yet) goes back to the file with the reason, as the contact form does
            meldingen.mislukt(redirect, fout);
            return "redirect:/huishoudens/" + id;
        }
    }

    @PostMapping("/huishoudens/{id}/verwijzingen/nieuw")
    String maak(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @ModelAttribute("verwijzing") VerwijzingForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                Verwijzing v = service.maak(ik, id, form.toNieuw());
                meldingen.gelukt(redirect, v.verstuurdOp() != null ? "verwijzing.verstuurd" : "verwijzing.aangemaakt",
                        v.dienstNaam());
                return "redirect:/verwijzingen/" + v.id();
            }
            catch (DomeinFout fout) {
                String veld = VerwijzingForm.VELDEN.get(fout.code());
                if (veld != null) {
                    fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
                }
                else {
                    model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
                    model.addAttribute("toestemmingNodig", fout.code().startsWith("verwijzing.toestemming"));
                }
            }
        }
        return formulier(ik, id, model);
    }

    @GetMapping("/verwijzingen/{id}")
    String detail(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model) {
        VerwijzingService.VerwijzingInzage inzage = service.find(ik, id);
        model.addAttribute("v", inzage);
        model.addAttribute("wijzen", wijzen());
        model.addAttribute("vandaag", inzage.vandaag());
        return "verwijzing/detail";
    }

    @PostMapping("/verwijzingen/{id}/versturen")
    String verstuur(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable Wijze toestemmingWijze,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate toestemmingOp,
            RedirectAttributes redirect) {
        try {
            Verwijzing v = service.verstuur(ik, id, versie, VerwijzingForm.extern(toestemmingWijze, toestemmingOp));
            meldingen.gelukt(redirect, "verwijzing.verstuurd", v.dienstNaam());
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/verwijzingen/" + id;
    }

    @PostMapping("/verwijzingen/{id}/antwoord")
    String antwoord(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam VerwijzingStatus antwoord, @RequestParam(required = false) @Nullable String toelichting,
            RedirectAttributes redirect) {
        try {
            service.beantwoord(ik, id, versie, antwoord, toelichting);
            meldingen.gelukt(redirect, "verwijzing.beantwoord");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/verwijzingen/" + id;
    }

    @PostMapping("/verwijzingen/{id}/afronden")
    String rondAf(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable String uitkomst, RedirectAttributes redirect) {
        try {
            service.rondAf(ik, id, versie, uitkomst);
            meldingen.gelukt(redirect, "verwijzing.afgerond");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/verwijzingen/" + id;
    }

    @GetMapping("/verwijzingen")
    String inbox(@Ingelogd Medewerker ik, @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(required = false) @Nullable UUID na, Model model) {
        model.addAttribute("inbox", service.inbox(ik, open, na, VerwijzingService.PAGINA));
        model.addAttribute("gepagineerd", na != null);
        return "verwijzing/inbox";
    }

    @GetMapping("/socialekaart/wachttijden")
    String wachttijden(@Ingelogd Medewerker ik, @RequestParam UUID gemeente, Model model) {
        Gemeente g = organisaties.gemeente(gemeente).orElseThrow(NietGevonden::new);
        model.addAttribute("regels", service.wachttijden(ik, gemeente));
        model.addAttribute("gemeente", g);
        return "verwijzing/wachttijden";
    }

    private String formulier(Medewerker ik, HuishoudenId id, Model model) {
        VerwijzingService.Formulier f = service.formulier(ik, id);
        model.addAttribute("f", f);
        model.addAttribute("h", f.huishouden());
        List<Keuze> diensten = new ArrayList<>();
        diensten.add(new Keuze("", meldingen.tekst("verwijzing.veld.dienst.kies")));
        for (Dienst d : f.diensten()) {
            diensten.add(new Keuze(d.id().toString(), d.naam() + " (" + meldingen.tekst("socialekaart.soort." + d.soort())
                    + (d.inWegwijs() ? ", Wegwijs" : "") + ")"));
        }
        model.addAttribute("diensten", diensten);
        List<Keuze> personen = new ArrayList<>();
        personen.add(new Keuze("", meldingen.tekst("verwijzing.huishouden")));
        f.huishouden().personen().forEach(p -> personen.add(new Keuze(p.id().toString(), p.naam())));
        model.addAttribute("personen", personen);
        model.addAttribute("wijzen", wijzen());
        return "verwijzing/nieuw";
    }

    private List<Keuze> wijzen() {
        List<Keuze> w = new ArrayList<>();
        w.add(new Keuze("", meldingen.tekst("verwijzing.veld.toestemming-wijze.kies")));
        w.addAll(meldingen.opties(Wijze.values(), "verwijzing.toestemming.wijze."));
        return w;
    }
}
