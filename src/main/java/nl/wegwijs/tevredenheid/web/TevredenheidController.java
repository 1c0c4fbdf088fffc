package nl.wegwijs.tevredenheid.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.tevredenheid.Invulwijze;
import nl.wegwijs.tevredenheid.Moment;
import nl.wegwijs.tevredenheid.TevredenheidService;
import nl.wegwijs.tevredenheid.Vraag;

/**
 * The questionnaire of a household and the aggregate report. A refusal (not open yet, taken already, an answer off the
 * scale) comes back on the page with the message and the answers kept; nothing is written.
 */
@Controller
class TevredenheidController {

    private final TevredenheidService service;
    private final Meldingen meldingen;

    TevredenheidController(TevredenheidService service, Meldingen meldingen) {
        this.service = service;
        this.meldingen = meldingen;
    }

    @GetMapping("/huishoudens/{id}/tevredenheid")
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model) {
        model.addAttribute("stand", service.lees(ik, id));
        model.addAttribute("vragen", Vraag.values());
        model.addAttribute("wijzen", Invulwijze.values());
        if (!model.containsAttribute("waarden")) {
            model.addAttribute("waarden", Map.of());
        }
        return "tevredenheid/pagina";
    }

    @PostMapping("/huishoudens/{id}/tevredenheid")
    String legVast(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @RequestParam Map<String, String> velden,
            RedirectAttributes redirect) {
        try {
            Map<Vraag, @Nullable Integer> antwoorden = new EnumMap<>(Vraag.class);
            for (Vraag v : Vraag.values()) {
                antwoorden.put(v, waarde(velden.get(v.name())));
            }
            service.legVast(ik, id, new TevredenheidService.Invoer(keuze(velden.get("wijze")), antwoorden,
                    velden.get("opmerking")));
            meldingen.gelukt(redirect, "tevredenheid.vastgelegd");
            return "redirect:/huishoudens/" + id;
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            Map<String, String> waarden = new LinkedHashMap<>(velden);
            waarden.remove("_csrf");
            redirect.addFlashAttribute("waarden", waarden);
            return "redirect:/huishoudens/" + id + "/tevredenheid";
        }
    }

    @GetMapping("/tevredenheid")
    String rapport(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable String jaar,
            @RequestParam(required = false) @Nullable String moment, Model model) {
        int j = LocalDate.now().getYear();
        if (jaar != null && !jaar.isBlank()) {
            try {
                j = Integer.parseInt(jaar.strip());
            }
            catch (NumberFormatException fout) {
                j = -1;
            }
        }
        Moment m = null;
        if (moment != null && !moment.isBlank()) {
            try {
                m = Moment.valueOf(moment);
            }
            catch (IllegalArgumentException fout) {
                m = null;
            }
        }
        try {
            model.addAttribute("rapport", service.rapport(ik, j, m));
        }
        catch (DomeinFout fout) {
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
            model.addAttribute("rapport", service.rapport(ik, LocalDate.now().getYear(), m));
        }
        int dit = LocalDate.now().getYear();
        model.addAttribute("jaren", java.util.stream.IntStream.rangeClosed(dit - 4, dit).boxed()
            .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("vragen", Vraag.values());
        model.addAttribute("momenten", Moment.values());
        return "tevredenheid/rapport";
    }

    private static @Nullable Integer waarde(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(tekst.strip());
        }
        catch (NumberFormatException fout) {
            throw new DomeinFout("tevredenheid.antwoord.buiten-schaal");
        }
    }

    private static @Nullable Invulwijze keuze(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Invulwijze.valueOf(tekst);
        }
        catch (IllegalArgumentException fout) {
            return null;
        }
    }
}
