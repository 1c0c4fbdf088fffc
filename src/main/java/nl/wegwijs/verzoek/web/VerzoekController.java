package nl.wegwijs.verzoek.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.verzoek.AkkoordWijze;
import nl.wegwijs.verzoek.Product;
import nl.wegwijs.verzoek.Uitkomst;
import nl.wegwijs.verzoek.Verzoek;
import nl.wegwijs.verzoek.VerzoekId;
import nl.wegwijs.verzoek.VerzoekService;
import nl.wegwijs.verzoek.VerzoekSoort;

/**
 * Requests to the gemeente: a household's requests (a page, and its {@code :: inhoud} for the lazy section of the
 * file), the form, one request with the regievoerder's decision (approve or reject, through a confirmation page) and
 * the requester's withdrawal, and the list across households ({@code /verzoeken}). Plain form posts with
 * redirect-after-post; a stale version or a second decision shows the request as it now stands with a clear message.
 */
@Controller
class VerzoekController {

    private final VerzoekService verzoeken;
    private final Meldingen meldingen;
    private final Clock clock;

    VerzoekController(VerzoekService verzoeken, Meldingen meldingen, Clock clock) {
        this.verzoeken = verzoeken;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/verzoeken")
    String huishouden(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        VerzoekService.VerzoekenVanHuishouden v = verzoeken.vanHuishouden(ik, id);
        model.addAttribute("v", v);
        model.addAttribute("h", v.huishouden());
        return htmx != null ? "verzoek/huishouden :: inhoud" : "verzoek/huishouden";
    }

    @GetMapping("/huishoudens/{id}/verzoeken/nieuw")
    String nieuw(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable VerzoekSoort soort, Model model) {
        VerzoekForm form = new VerzoekForm();
        form.setSoort(soort);
        form.setAkkoordOp(LocalDate.now(clock));
        model.addAttribute("verzoek", form);
        return formulier(ik, id, model);
    }

    @PostMapping("/huishoudens/{id}/verzoeken")
    String dienIn(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @ModelAttribute("verzoek") VerzoekForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                verzoeken.dienIn(ik, id, form.toNieuw());
                meldingen.gelukt(redirect, "verzoek.ingediend");
                return "redirect:/huishoudens/" + id + "/verzoeken";
            }
            catch (DomeinFout fout) {
                String veld = VerzoekForm.VELDEN.get(fout.code());
                if (veld != null) {
                    fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
                }
                else {
                    model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
                }
            }
        }
        return formulier(ik, id, model);
    }

    @GetMapping("/verzoeken")
    String lijst(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable VerzoekId na, Model model) {
        model.addAttribute("lijst", verzoeken.lijst(ik, na, VerzoekService.PAGINA));
        model.addAttribute("gepagineerd", na != null);
        return "verzoek/lijst";
    }

    @GetMapping("/verzoeken/{id}")
    String verzoek(@Ingelogd Medewerker ik, @PathVariable VerzoekId id, Model model) {
        model.addAttribute("i", verzoeken.find(ik, id).orElseThrow(NietGevonden::new));
        return "verzoek/verzoek";
    }

    /**
     * The decision: first a confirmation page naming what will happen (for an extension: the new planned end), then,
     * with {@code bevestigd}, the decision itself. Who may not decide (or a request decided meanwhile) gets no
     * confirmation page: the service refuses at once.
     */
    @PostMapping("/verzoeken/{id}/besluit")
    String besluit(@Ingelogd Medewerker ik, @PathVariable VerzoekId id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable Uitkomst uitkomst,
            @RequestParam(required = false) @Nullable String reden,
            @RequestParam(defaultValue = "false") boolean bevestigd, Model model, RedirectAttributes redirect) {
        VerzoekService.VerzoekInzage i = verzoeken.find(ik, id).orElseThrow(NietGevonden::new);
        String toelichting = reden == null ? "" : reden.strip();
        if (uitkomst == null || uitkomst == Uitkomst.AFGEWEZEN && toelichting.isEmpty()) {
            model.addAttribute("i", i);
            model.addAttribute("reden", toelichting);
            model.addAttribute("fout", meldingen.tekst(uitkomst == null ? "verzoek.besluit.leeg"
                    : "verzoek.besluit.reden.leeg"));
            return "verzoek/verzoek";
        }
        if (!bevestigd && i.magBesluiten()) {
            model.addAttribute("i", i);
            model.addAttribute("uitkomst", uitkomst);
            model.addAttribute("reden", toelichting);
            model.addAttribute("versie", versie);
            return "verzoek/bevestigen";
        }
        try {
            verzoeken.besluit(ik, id, versie, uitkomst, toelichting);
            meldingen.gelukt(redirect, "verzoek.besloten." + uitkomst);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/verzoeken/" + id;
    }

    @PostMapping("/verzoeken/{id}/intrekking")
    String trekIn(@Ingelogd Medewerker ik, @PathVariable VerzoekId id, @RequestParam long versie,
            RedirectAttributes redirect) {
        try {
            Verzoek v = verzoeken.trekIn(ik, id, versie);
            meldingen.gelukt(redirect, "verzoek.ingetrokken");
            return "redirect:/huishoudens/" + v.huishouden() + "/verzoeken";
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/verzoeken/" + id;
    }

    private String formulier(Medewerker ik, HuishoudenId id, Model model) {
        VerzoekService.VerzoekenVanHuishouden v = verzoeken.vanHuishouden(ik, id);
        if (!v.magIndienen() && !model.containsAttribute("fout")) {
            model.addAttribute("fout", meldingen.tekst(v.magZien() ? "verzoek.niet-toegestaan"
                    : "verzoek.toestemming-nodig"));
        }
        model.addAttribute("v", v);
        model.addAttribute("h", v.huishouden());
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("producten", metLeeg(meldingen.opties(Product.values(), "verzoek.product."),
                "verzoek.product.kies"));
        model.addAttribute("wijzen", metLeeg(meldingen.opties(AkkoordWijze.values(), "verzoek.akkoord-wijze."),
                "verzoek.akkoord-wijze.kies"));
        model.addAttribute("soorten", VerzoekSoort.values());
        return "verzoek/formulier";
    }

    private List<Keuze> metLeeg(List<Keuze> opties, String leeg) {
        List<Keuze> alle = new ArrayList<>();
        alle.add(new Keuze("", meldingen.tekst(leeg)));
        alle.addAll(opties);
        return alle;
    }
}
