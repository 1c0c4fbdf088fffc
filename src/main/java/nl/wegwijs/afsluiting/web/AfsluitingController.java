package nl.wegwijs.afsluiting.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.afsluiting.AfsluitInstelling;
import nl.wegwijs.afsluiting.AfsluitingService;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.traject.EindeReden;

/**
 * The closing page of a household (where it stands, open items, eindgesprek, decision) and the per-contract closing
 * settings. Plain form posts with redirect-after-post; a refusal shows the page again with the Dutch message and
 * what was entered.
 */
@Controller
public class AfsluitingController {

    private final AfsluitingService afsluiting;
    private final Meldingen meldingen;

    AfsluitingController(AfsluitingService afsluiting, Meldingen meldingen) {
        this.afsluiting = afsluiting;
        this.meldingen = meldingen;
    }

    @GetMapping("/huishoudens/{id}/afsluiting")
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model) {
        model.addAttribute("p", afsluiting.pagina(ik, id));
        model.addAttribute("blokken", java.util.List.of(nl.wegwijs.afsluiting.Blok.CHECKLIST,
                nl.wegwijs.afsluiting.Blok.BRIEVEN, nl.wegwijs.afsluiting.Blok.SIGNALEN,
                nl.wegwijs.afsluiting.Blok.VERWIJZINGEN, nl.wegwijs.afsluiting.Blok.PIP));
        model.addAttribute("redenen", java.util.Arrays.stream(EindeReden.values())
            .filter(r -> r != EindeReden.WARME_OVERDRACHT).toList());
        if (!model.containsAttribute("invoer")) {
            model.addAttribute("invoer", Map.of());
        }
        return "afsluiting/pagina";
    }

    @PostMapping("/huishoudens/{id}/afsluiting/eindgesprek")
    String eindgesprek(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate op,
            @RequestParam(required = false) @Nullable String aanwezig,
            @RequestParam(required = false) @Nullable String samenvatting,
            @RequestParam(required = false) @Nullable String eigenKijk,
            @RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect) {
        try {
            afsluiting.legEindgesprekVast(ik, id, op, aanwezig, samenvatting, eigenKijk);
            meldingen.gelukt(redirect, "afsluiting.eindgesprek.gelukt");
            return "redirect:/huishoudens/" + id + "/afsluiting";
        }
        catch (DomeinFout fout) {
            return opnieuw(ik, id, fout, invoer, model);
        }
    }

    @PostMapping("/huishoudens/{id}/afsluiting/beeindiging")
    String beeindig(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable EindeReden reden,
            @RequestParam(defaultValue = "false") boolean dienstenlijst,
            @RequestParam(required = false) @Nullable String toelichting,
            @RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect) {
        try {
            afsluiting.beeindig(ik, id, versie, reden, dienstenlijst, toelichting);
            meldingen.gelukt(redirect, "afsluiting.besluit.beeindigd");
            return "redirect:/huishoudens/" + id + "/afsluiting";
        }
        catch (DomeinFout fout) {
            return opnieuw(ik, id, fout, invoer, model);
        }
    }

    @PostMapping("/huishoudens/{id}/afsluiting/verlenging")
    String verleng(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable Integer maanden,
            @RequestParam(required = false) @Nullable String reden,
            @RequestParam(required = false) @Nullable String verzoek,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate verzoekOp,
            @RequestParam Map<String, String> invoer, Model model, RedirectAttributes redirect) {
        try {
            afsluiting.verleng(ik, id, versie, maanden, reden, verzoek, verzoekOp);
            meldingen.gelukt(redirect, "afsluiting.besluit.verlengd");
            return "redirect:/huishoudens/" + id + "/afsluiting";
        }
        catch (DomeinFout fout) {
            return opnieuw(ik, id, fout, invoer, model);
        }
    }

    private String opnieuw(Medewerker ik, HuishoudenId id, DomeinFout fout, Map<String, String> invoer,
            Model model) {
        model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
        model.addAttribute("invoer", invoer);
        return pagina(ik, id, model);
    }

    // --- settings per contract

    @GetMapping("/afsluiting/instellingen")
    String instellingen(@Ingelogd Medewerker ik, Model model) {
        var contracten = afsluiting.contracten(ik);
        model.addAttribute("regels", contracten.stream()
            .map(c -> new Regel(c, afsluiting.instelling(ik, c.id()))).toList());
        return "afsluiting/instellingen";
    }

    public record Regel(nl.wegwijs.organisatie.Contract contract, AfsluitInstelling instelling) {
    }

    @PostMapping("/afsluiting/instellingen/{contract}")
    String bewaar(@Ingelogd Medewerker ik, @PathVariable UUID contract, @RequestParam long versie,
            @RequestParam(required = false) @Nullable Integer voorloopWeken,
            @RequestParam(defaultValue = "false") boolean driegesprek,
            @RequestParam(defaultValue = "false") boolean vroegBezoek,
            @RequestParam(defaultValue = "false") boolean dienstenlijst,
            @RequestParam(defaultValue = "false") boolean regie, RedirectAttributes redirect) {
        try {
            afsluiting.bewaar(ik, new AfsluitInstelling(contract, voorloopWeken == null ? 0 : voorloopWeken,
                    driegesprek, vroegBezoek, dienstenlijst, regie, versie));
            meldingen.gelukt(redirect, "afsluiting.instelling.gelukt");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/afsluiting/instellingen";
    }
}
