package nl.wegwijs.afsluiting.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.afsluiting.Blok;
import nl.wegwijs.afsluiting.Hulpvraagsoort;
import nl.wegwijs.afsluiting.Overdracht;
import nl.wegwijs.afsluiting.OverdrachtService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;

/**
 * The warm handover: the guide's page (start, complete, share, plan, withdraw) and the wijkteam's inbox and handover
 * page (read, plan, accept or refuse, later hulpvragen), and the summary as PDF.
 */
@Controller
class OverdrachtController {

    private final OverdrachtService overdrachten;
    private final Meldingen meldingen;

    OverdrachtController(OverdrachtService overdrachten, Meldingen meldingen) {
        this.overdrachten = overdrachten;
        this.meldingen = meldingen;
    }

    // --- the guide

    @GetMapping("/huishoudens/{id}/overdracht")
    String gids(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model) {
        model.addAttribute("p", overdrachten.pagina(ik, id));
        model.addAttribute("blokken", Blok.values());
        if (!model.containsAttribute("invoer")) {
            model.addAttribute("invoer", Map.of());
        }
        return "afsluiting/overdracht";
    }

    @PostMapping("/huishoudens/{id}/overdracht")
    String start(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable UUID ontvanger,
            @RequestParam(defaultValue = "false") boolean hulpvraag, @RequestParam Map<String, String> invoer,
            Model model, RedirectAttributes redirect) {
        try {
            overdrachten.maakConcept(ik, id, ontvanger, hulpvraag);
            meldingen.gelukt(redirect, "afsluiting.overdracht.gestart");
            return "redirect:/huishoudens/" + id + "/overdracht";
        }
        catch (DomeinFout fout) {
            return opnieuw(ik, id, fout, invoer, model);
        }
    }

    @PostMapping("/overdrachten/{id}/aanvulling")
    String vulAan(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam UUID huishouden, @RequestParam(defaultValue = "false") boolean hulpvraag,
            @RequestParam(defaultValue = "false") boolean vernieuw, @RequestParam Map<String, String> invoer,
            Model model, RedirectAttributes redirect) {
        Map<Blok, String> aanvullingen = new EnumMap<>(Blok.class);
        for (Blok b : Blok.values()) {
            String t = invoer.get("aanvulling_" + b.name());
            if (t != null) {
                aanvullingen.put(b, t);
            }
        }
        try {
            overdrachten.vulAan(ik, id, versie, hulpvraag, aanvullingen, vernieuw);
            meldingen.gelukt(redirect, "afsluiting.overdracht.aangevuld");
            return "redirect:/huishoudens/" + huishouden + "/overdracht";
        }
        catch (DomeinFout fout) {
            return opnieuw(ik, new HuishoudenId(huishouden), fout, invoer, model);
        }
    }

    @PostMapping("/overdrachten/{id}/delen")
    String deel(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam UUID huishouden, @RequestParam(defaultValue = "false") boolean nagekeken,
            RedirectAttributes redirect) {
        try {
            overdrachten.deel(ik, id, versie, nagekeken);
            meldingen.gelukt(redirect, "afsluiting.overdracht.gedeeld");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/huishoudens/" + huishouden + "/overdracht";
    }

    @PostMapping("/overdrachten/{id}/driegesprek")
    String plan(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate op,
            @RequestParam(required = false) @Nullable String deelnemers,
            @RequestParam(required = false) @Nullable UUID huishouden, RedirectAttributes redirect) {
        try {
            overdrachten.planDriegesprek(ik, id, versie, op, deelnemers);
            meldingen.gelukt(redirect, "afsluiting.overdracht.gepland");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return huishouden != null ? "redirect:/huishoudens/" + huishouden + "/overdracht"
                : "redirect:/overdrachten/" + id;
    }

    @PostMapping("/overdrachten/{id}/intrekking")
    String trekTerug(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam UUID huishouden, @RequestParam(required = false) @Nullable String reden,
            RedirectAttributes redirect) {
        try {
            overdrachten.trekTerug(ik, id, versie, reden);
            meldingen.gelukt(redirect, "afsluiting.overdracht.ingetrokken");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/huishoudens/" + huishouden + "/overdracht";
    }

    private String opnieuw(Medewerker ik, HuishoudenId id, DomeinFout fout, Map<String, String> invoer,
            Model model) {
        model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
        model.addAttribute("invoer", invoer);
        return gids(ik, id, model);
    }

    // --- the wijkteam

    @GetMapping("/overdrachten")
    String inbox(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable UUID na, Model model) {
        model.addAttribute("inbox", overdrachten.inbox(ik, na, OverdrachtService.PAGINA));
        return "afsluiting/inbox";
    }

    @GetMapping("/overdrachten/{id}")
    String ontvangst(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model) {
        model.addAttribute("o", overdrachten.open(ik, id));
        model.addAttribute("blokken", Blok.values());
        model.addAttribute("soorten", Hulpvraagsoort.values());
        return "afsluiting/ontvangst";
    }

    @PostMapping("/overdrachten/{id}/acceptatie")
    String accepteer(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            RedirectAttributes redirect) {
        try {
            Overdracht o = overdrachten.accepteer(ik, id, versie);
            meldingen.gelukt(redirect, "afsluiting.overdracht.geaccepteerd");
            return "redirect:/overdrachten/" + o.id();
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overdrachten/" + id;
    }

    /** The wijkteam refuses, with a reason; the refused handover is no longer theirs to open: back to the inbox. */
    @PostMapping("/overdrachten/{id}/afwijzing")
    String wijsAf(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable String reden, RedirectAttributes redirect) {
        try {
            overdrachten.wijsAf(ik, id, versie, reden);
            meldingen.gelukt(redirect, "afsluiting.overdracht.afgewezen");
            return "redirect:/overdrachten";
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overdrachten/" + id;
    }

    @PostMapping("/overdrachten/{id}/hulpvragen")
    String hulpvraag(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable Hulpvraagsoort soort,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate op,
            @RequestParam(required = false) @Nullable String toelichting, RedirectAttributes redirect) {
        try {
            overdrachten.legHulpvraagVast(ik, id, soort, op, toelichting);
            meldingen.gelukt(redirect, "afsluiting.hulpvraag.gelukt");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/overdrachten/" + id;
    }

    @GetMapping("/overdrachten/{id}/samenvatting.pdf")
    ResponseEntity<byte[]> pdf(@Ingelogd Medewerker ik, @PathVariable UUID id) {
        byte[] pdf = overdrachten.pdf(ik, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename("overdracht.pdf").build().toString())
            .body(pdf);
    }
}
