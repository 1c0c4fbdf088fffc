package nl.wegwijs.ontzorgen.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.ontzorgen.GesprekStatus;
import nl.wegwijs.ontzorgen.MaandStatus;
import nl.wegwijs.ontzorgen.OntzorgenId;
import nl.wegwijs.ontzorgen.OntzorgenService;
import nl.wegwijs.ontzorgen.StopReden;
import nl.wegwijs.ontzorgen.VasteLastSoort;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;

/**
 * The budgetcoach's worklist and a household's finance part. Each form posts plain text fields (parsed here, a bad
 * date or amount is a Dutch message), the service validates and refuses with a message key; on a refusal the page
 * comes back with the message above it and the values typed kept in the form that failed.
 */
@Controller
class OntzorgenController {

    private final OntzorgenService ontzorgen;
    private final Meldingen meldingen;

    OntzorgenController(OntzorgenService ontzorgen, Meldingen meldingen) {
        this.ontzorgen = ontzorgen;
        this.meldingen = meldingen;
    }

    /** The budgetcoach's start page; other roles go to their own. */
    @GetMapping("/ontzorgen")
    String werklijst(@Ingelogd Medewerker ik, @RequestParam(defaultValue = "false") boolean afgelopen,
            @RequestParam(required = false) @Nullable String na, Model model) {
        if (!ik.heeftRol(Rol.BUDGETCOACH)) {
            return "redirect:/";
        }
        OntzorgenId naId = null;
        try {
            naId = na == null || na.isBlank() ? null : OntzorgenId.van(na);
        }
        catch (IllegalArgumentException fout) {
            naId = null;
        }
        model.addAttribute("lijst", ontzorgen.werklijst(ik, afgelopen, naId, OntzorgenService.PAGINA));
        model.addAttribute("afgelopen", afgelopen);
        model.addAttribute("gepagineerd", naId != null);
        return "ontzorgen/werklijst";
    }

    @GetMapping("/huishoudens/{id}/ontzorgen")
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        OntzorgenService.Stand stand = ontzorgen.lees(ik, id);
        model.addAttribute("stand", stand);
        model.addAttribute("h", stand.inzage().huishouden());
        model.addAttribute("volledig", htmx == null);
        model.addAttribute("soorten", meldingen.opties(VasteLastSoort.values(), "ontzorgen.soort."));
        model.addAttribute("maandstatussen", meldingen.opties(MaandStatus.values(), "ontzorgen.maandstatus."));
        model.addAttribute("gesprekstatussen", meldingen.opties(GesprekStatus.values(), "ontzorgen.gesprekstatus."));
        model.addAttribute("redenen", meldingen.opties(StopReden.values(), "ontzorgen.reden."));
        if (!model.containsAttribute("waarden")) {
            model.addAttribute("waarden", Map.of());
            model.addAttribute("formulier", "");
        }
        return htmx != null ? "ontzorgen/pagina :: inhoud" : "ontzorgen/pagina";
    }

    @PostMapping("/huishoudens/{id}/ontzorgen")
    String legVast(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable Long versie, @RequestParam Map<String, String> velden,
            RedirectAttributes redirect) {
        return verwerk(id, "ontzorgen", velden, redirect, "ontzorgen.vastgelegd", () -> ontzorgen.legVast(ik, id,
                versie, new OntzorgenService.Invoer(datum(velden.get("start")), datum(velden.get("gestoptOp")),
                        keuze(StopReden.class, velden.get("stopReden")), velden.get("notitie"))));
    }

    @PostMapping("/huishoudens/{id}/ontzorgen/vaste-lasten")
    String vasteLast(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @RequestParam long versie,
            @RequestParam Map<String, String> velden, RedirectAttributes redirect) {
        return verwerk(id, "last", velden, redirect, "ontzorgen.vaste-last.toegevoegd",
                () -> ontzorgen.voegVasteLastToe(ik, id, versie, new OntzorgenService.NieuweVasteLast(
                        keuze(VasteLastSoort.class, velden.get("soort")), velden.get("begunstigde"),
                        bedrag(velden.get("bedrag")), datum(velden.get("machtigingOp")), datum(velden.get("tot")))));
    }

    @PostMapping("/huishoudens/{id}/ontzorgen/vaste-lasten/{last}/einde")
    String vasteLastEinde(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID last,
            @RequestParam long versie, @RequestParam Map<String, String> velden, RedirectAttributes redirect) {
        return verwerk(id, "einde-" + last, velden, redirect, "ontzorgen.vaste-last.gewijzigd",
                () -> ontzorgen.beeindigVasteLast(ik, id, versie, last, datum(velden.get("tot"))));
    }

    @PostMapping("/huishoudens/{id}/ontzorgen/maanden/{maand}")
    String maand(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable String maand,
            @RequestParam long versie, @RequestParam Map<String, String> velden, RedirectAttributes redirect) {
        return verwerk(id, "maand-" + maand, velden, redirect, "ontzorgen.maand.vastgelegd",
                () -> ontzorgen.zetMaand(ik, id, versie, maand(maand), keuze(MaandStatus.class, velden.get("status")),
                        velden.get("notitie")));
    }

    @PostMapping("/huishoudens/{id}/ontzorgen/coachgesprekken")
    String gesprek(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @RequestParam long versie,
            @RequestParam Map<String, String> velden, RedirectAttributes redirect) {
        return verwerk(id, "gesprek", velden, redirect, "ontzorgen.gesprek.toegevoegd",
                () -> ontzorgen.voegGesprekToe(ik, id, versie, new OntzorgenService.NieuwGesprek(
                        datum(velden.get("datum")), keuze(GesprekStatus.class, velden.get("status")),
                        velden.get("onderwerp"), velden.get("notitie"))));
    }

    @PostMapping("/huishoudens/{id}/ontzorgen/coachgesprekken/{gesprek}/status")
    String gesprekStatus(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID gesprek,
            @RequestParam long versie, @RequestParam Map<String, String> velden, RedirectAttributes redirect) {
        return verwerk(id, "status-" + gesprek, velden, redirect, "ontzorgen.gesprek.gewijzigd",
                () -> ontzorgen.zetGesprekStatus(ik, id, versie, gesprek,
                        keuze(GesprekStatus.class, velden.get("status"))));
    }

    /** Runs a write; a refusal comes back on the page with the values typed, in the form it came from. */
    private String verwerk(HuishoudenId id, String formulier, Map<String, String> velden, RedirectAttributes redirect,
            String gelukt, Supplier<?> actie) {
        try {
            actie.get();
            meldingen.gelukt(redirect, gelukt);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
            Map<String, String> waarden = new LinkedHashMap<>(velden);
            waarden.remove("_csrf");
            redirect.addFlashAttribute("waarden", waarden);
            redirect.addFlashAttribute("formulier", formulier);
        }
        return "redirect:/huishoudens/" + id + "/ontzorgen#" + ("ontzorgen".equals(formulier) ? "ontzorgen-kop"
                : formulier.startsWith("maand") ? "maanden-kop" : formulier.startsWith("last")
                        || formulier.startsWith("einde") ? "lasten-kop" : "gesprekken-kop");
    }

    private static @Nullable LocalDate datum(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst.strip());
        }
        catch (DateTimeParseException fout) {
            throw new DomeinFout("ontzorgen.datum.ongeldig");
        }
    }

    private static YearMonth maand(String tekst) {
        try {
            return YearMonth.parse(tekst);
        }
        catch (DateTimeParseException fout) {
            throw new DomeinFout("ontzorgen.maand.buiten-periode");
        }
    }

    /** An amount in euros as typed: "612,50", "612.50" or "612". */
    static @Nullable BigDecimal bedrag(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String t = tekst.strip().replace("€", "").replace(" ", "");
        if (t.contains(",") || t.matches("\\d{1,3}(\\.\\d{3})+")) {
            // Dutch: a comma is the decimal sign and dots group thousands ("1.250,00", "12.000")
            t = t.replace(".", "").replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        }
        catch (NumberFormatException fout) {
            throw new DomeinFout("ontzorgen.vaste-last.bedrag.ongeldig");
        }
    }

    private static <E extends Enum<E>> @Nullable E keuze(Class<E> soort, @Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(soort, tekst);
        }
        catch (IllegalArgumentException fout) {
            return null;
        }
    }
}
