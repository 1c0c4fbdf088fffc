package nl.wegwijs.regie.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.regie.Cijfer;
import nl.wegwijs.regie.Regieoverzicht;
import nl.wegwijs.system.NietGevonden;

/**
 * The regievoerder's start page: the figures of their gemeente, each linking to the households behind it. Beleid sees
 * the same figures without the links (it sees no households). Anyone else goes to their own start page.
 */
@Controller
class RegieController {

    private final Regieoverzicht overzicht;

    RegieController(Regieoverzicht overzicht) {
        this.overzicht = overzicht;
    }

    @GetMapping("/regie")
    String overzicht(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable UUID uitvoerder, Model model) {
        if (!Regieoverzicht.magCijfersZien(ik)) {
            return "redirect:/";
        }
        model.addAttribute("cijfers", overzicht.cijfers(ik, uitvoerder));
        model.addAttribute("links", Regieoverzicht.magHuishoudensZien(ik));
        return "regie/overzicht";
    }

    @GetMapping("/regie/huishoudens")
    String huishoudens(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable String cijfer,
            @RequestParam(required = false) @Nullable UUID uitvoerder,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String fase,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate na,
            @RequestParam(required = false) @Nullable UUID naId, Model model) {
        if (!Regieoverzicht.magHuishoudensZien(ik)) {
            return Regieoverzicht.magCijfersZien(ik) ? "redirect:/regie" : "redirect:/";
        }
        if (cijfer == null) {
            return "redirect:/regie";
        }
        Cijfer c = Cijfer.vanCode(cijfer).orElseThrow(NietGevonden::new);
        model.addAttribute("pagina", overzicht.huishoudens(ik, c, uitvoerder, status, fase, na, naId));
        model.addAttribute("uitvoerder", uitvoerder);
        model.addAttribute("status", status);
        model.addAttribute("fase", fase);
        model.addAttribute("gepagineerd", na != null);
        return "regie/huishoudens";
    }
}
