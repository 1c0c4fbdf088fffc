package nl.wegwijs.toestemming.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
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
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.Toestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * Recording a consent (one screen with defaults), revoking it (a confirm page with a reason), the "do you still
 * agree?" list, the emergency override (a confirm page with a reason) and the privacy page.
 */
@Controller
class ToestemmingController {

    private static final int PAGINA = 25;

    private final ToestemmingService service;
    private final Meldingen meldingen;

    ToestemmingController(ToestemmingService service, Meldingen meldingen) {
        this.service = service;
        this.meldingen = meldingen;
    }

    // --- recording

    @GetMapping("/huishoudens/{id}/toestemmingen/nieuw")
    String nieuw(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable Gegevenssoort soort, Model model,
            RedirectAttributes redirect) {
        ToestemmingService.Formulier f;
        try {
            f = service.formulier(ik, id);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/huishoudens/" + id;
        }
        model.addAttribute("toestemming", ToestemmingForm.nieuw(f, soort));
        return formulier(f, model);
    }

    @PostMapping("/huishoudens/{id}/toestemmingen/nieuw")
    String legVast(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @Valid @ModelAttribute("toestemming") ToestemmingForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                var vastgelegd = service.legVast(ik, id, form.toNieuw());
                meldingen.gelukt(redirect, "toestemming.vastgelegd", vastgelegd.size(),
                        vastgelegd.get(0).ontvangerNaam());
                return "redirect:/huishoudens/" + id + "#onderdeel-toestemming";
            }
            catch (DomeinFout fout) {
                String veld = ToestemmingForm.VELDEN.get(fout.code());
                if (veld != null) {
                    fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
                }
                else {
                    meldingen.mislukt(redirect, fout);
                    return "redirect:/huishoudens/" + id;
                }
            }
        }
        return formulier(service.formulier(ik, id), model);
    }

    private String formulier(ToestemmingService.Formulier f, Model model) {
        model.addAttribute("f", f);
        model.addAttribute("h", f.huishouden());
        model.addAttribute("soorten", Gegevenssoort.values());
        model.addAttribute("doelen", meldingen.opties(Doel.values(), "toestemming.doel."));
        model.addAttribute("wijzen", meldingen.opties(Wijze.values(), "toestemming.wijze."));
        return "toestemming/nieuw";
    }

    @GetMapping("/huishoudens/{id}/toestemmingen/formulier.pdf")
    org.springframework.http.ResponseEntity<byte[]> formulierPdf(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(defaultValue = "nl") String taal) {
        byte[] pdf = service.formulierPdf(ik, id, taal);
        return org.springframework.http.ResponseEntity.ok()
            .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
            .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                    "inline; filename=\"toestemming-" + taal.replaceAll("[^a-z]", "") + ".pdf\"")
            .body(pdf);
    }

    // --- revoking

    @GetMapping("/toestemmingen/{id}/intrekken")
    String intrekken(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String terug, Model model) {
        ToestemmingService.Inzicht inzicht = service.find(ik, id);
        model.addAttribute("i", inzicht);
        model.addAttribute("t", inzicht.toestemming());
        model.addAttribute("terug", "controle".equals(terug) ? "controle" : "dossier");
        return "toestemming/intrekken";
    }

    @PostMapping("/toestemmingen/{id}/intrekking")
    String trekIn(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable String reden,
            @RequestParam(required = false) @Nullable String terug, Model model, RedirectAttributes redirect) {
        try {
            Toestemming t = service.trekIn(ik, id, versie, reden);
            meldingen.gelukt(redirect, "toestemming.ingetrokken", t.ontvangerNaam());
            return "controle".equals(terug) ? "redirect:/toestemmingen/controle"
                    : "redirect:/huishoudens/" + t.huishoudenId() + "#onderdeel-toestemming";
        }
        catch (GelijktijdigGewijzigd fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/toestemmingen/" + id + "/intrekken";
        }
        catch (DomeinFout fout) {
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
            model.addAttribute("reden", reden);
            return intrekken(ik, id, terug, model);
        }
    }

    // --- do you still agree?

    @GetMapping("/toestemmingen/controle")
    String controle(@Ingelogd Medewerker ik,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate na,
            @RequestParam(required = false) @Nullable UUID naId, Model model) {
        model.addAttribute("pagina", service.teControleren(ik, na, naId, PAGINA));
        model.addAttribute("gepagineerd", na != null);
        return "toestemming/controle";
    }

    @PostMapping("/toestemmingen/{id}/akkoord")
    String nogAkkoord(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate volgende,
            RedirectAttributes redirect) {
        try {
            Toestemming t = service.nogAkkoord(ik, id, versie, volgende);
            meldingen.gelukt(redirect, "toestemming.akkoord", t.ontvangerNaam(),
                    java.util.Objects.requireNonNull(t.controleOp()).toString());
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/toestemmingen/controle";
    }

    // --- emergency override

    @GetMapping("/huishoudens/{id}/noodsituatie")
    String noodsituatie(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model,
            RedirectAttributes redirect) {
        try {
            model.addAttribute("h", service.voorDoorbraak(ik, id));
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/huishoudens/" + id;
        }
        model.addAttribute("uren", service.doorbraakDuur().toHours());
        model.addAttribute("minimum", ToestemmingService.REDEN_MIN);
        return "toestemming/noodsituatie";
    }

    @PostMapping("/huishoudens/{id}/noodsituatie")
    String doorbreek(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable String reden, Model model, RedirectAttributes redirect) {
        try {
            service.doorbreek(ik, id, reden);
            meldingen.gelukt(redirect, "toestemming.doorbraak.gelukt", service.doorbraakDuur().toHours());
            return "redirect:/huishoudens/" + id;
        }
        catch (DomeinFout fout) {
            if (!"toestemming.doorbraak.reden".equals(fout.code())) {
                meldingen.mislukt(redirect, fout);
                return "redirect:/huishoudens/" + id;
            }
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
            model.addAttribute("reden", reden);
            return noodsituatie(ik, id, model, redirect);
        }
    }

    // --- privacy page

    @GetMapping("/privacy")
    String privacy(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable Instant na,
            @RequestParam(required = false) @Nullable UUID naId, Model model) {
        model.addAttribute("p", service.privacy(ik, na, naId, PAGINA));
        model.addAttribute("soorten", Gegevenssoort.values());
        model.addAttribute("doelen", Doel.values());
        model.addAttribute("gepagineerd", na != null);
        return "toestemming/privacy";
    }

    @PostMapping("/doorbraken/{id}/gezien")
    String gezien(@Ingelogd Medewerker ik, @PathVariable UUID id, RedirectAttributes redirect) {
        service.gezien(ik, id);
        meldingen.gelukt(redirect, "toestemming.doorbraak.gezien.gelukt");
        return "redirect:/privacy";
    }
}
