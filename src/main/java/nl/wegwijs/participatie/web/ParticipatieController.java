package nl.wegwijs.participatie.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
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
import nl.wegwijs.participatie.EindeReden;
import nl.wegwijs.participatie.FaseId;
import nl.wegwijs.participatie.FasePeriode;
import nl.wegwijs.participatie.Participatie;
import nl.wegwijs.participatie.ParticipatieService;
import nl.wegwijs.participatie.PiezoFase;
import nl.wegwijs.participatie.Plaatsing;
import nl.wegwijs.participatie.PlaatsingId;
import nl.wegwijs.participatie.PlaatsingSoort;
import nl.wegwijs.participatie.Taalniveau;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;

/**
 * A household's participation page: per person the Piëzo phases (timeline, dual route) and placements, the forms to
 * add a phase or a placement, and the pages that end one. An htmx request for the page (the household file's lazy
 * section) gets only its {@code inhoud} fragment. Forms post the version they were rendered with; a stale one shows
 * the item as it now stands with a clear message.
 */
@Controller
class ParticipatieController {

    private final ParticipatieService participatie;
    private final Meldingen meldingen;
    private final Clock clock;

    ParticipatieController(ParticipatieService participatie, Meldingen meldingen, Clock clock) {
        this.participatie = participatie;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/participatie")
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable UUID persoon,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("fase", FaseForm.nieuw(persoon, vandaag));
        model.addAttribute("plaatsing", PlaatsingForm.nieuw(persoon, vandaag));
        String pagina = pagina(ik, id, model);
        return htmx != null ? "participatie/pagina :: inhoud" : pagina;
    }

    @PostMapping("/huishoudens/{id}/participatie/fasen")
    String voegFaseToe(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @Valid @ModelAttribute("fase") FaseForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                FasePeriode f = participatie.voegFaseToe(ik, id, form.toInvoer());
                meldingen.gelukt(redirect, "participatie.fase.gelukt", f.fase().nummer());
                return "redirect:/huishoudens/" + id + "/participatie#persoon-" + f.persoonId();
            }
            catch (DomeinFout fout) {
                afwijzing(fouten, fout, FaseForm.VELDEN, model);
            }
        }
        model.addAttribute("plaatsing", PlaatsingForm.nieuw(form.getPersoon(), LocalDate.now(clock)));
        model.addAttribute("faseOpen", true);
        return pagina(ik, id, model);
    }

    @PostMapping("/huishoudens/{id}/participatie/plaatsingen")
    String voegPlaatsingToe(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @Valid @ModelAttribute("plaatsing") PlaatsingForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                Plaatsing p = participatie.voegPlaatsingToe(ik, id, form.toGegevens());
                meldingen.gelukt(redirect, "participatie.plaatsing.gelukt", p.organisatie());
                return "redirect:/huishoudens/" + id + "/participatie#persoon-" + p.persoonId();
            }
            catch (DomeinFout fout) {
                afwijzing(fouten, fout, PlaatsingForm.VELDEN, model);
            }
        }
        model.addAttribute("fase", FaseForm.nieuw(form.getDeelnemer(), LocalDate.now(clock)));
        model.addAttribute("plaatsingOpen", true);
        return pagina(ik, id, model);
    }

    // --- ending a phase

    @GetMapping("/huishoudens/{id}/participatie/fasen/{fase}/einde")
    String faseEinde(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID fase, Model model) {
        ParticipatieService.Geladen<FasePeriode> g = participatie.fase(ik, id, new FaseId(fase));
        if (!model.containsAttribute("einde")) {
            model.addAttribute("einde", EindeForm.nieuw(g.waarde().versie(), LocalDate.now(clock)));
        }
        return faseEinde(g, model);
    }

    @PostMapping("/huishoudens/{id}/participatie/fasen/{fase}/einde")
    String beeindigFase(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID fase,
            @Valid @ModelAttribute("einde") EindeForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        String terug = "redirect:/huishoudens/" + id + "/participatie/fasen/" + fase + "/einde";
        if (form.getVersie() == null) {
            fouten.reject("fout.gelijktijdig-gewijzigd");
        }
        if (!fouten.hasErrors()) {
            try {
                FasePeriode f = participatie.beeindigFase(ik, id, new FaseId(fase), form.getVersie(),
                        form.getEinde(), form.getToelichting());
                meldingen.gelukt(redirect, "participatie.fase.beeindigd", f.fase().nummer());
                return "redirect:/huishoudens/" + id + "/participatie#persoon-" + f.persoonId();
            }
            catch (GelijktijdigGewijzigd fout) {
                meldingen.mislukt(redirect, fout);
                return terug;
            }
            catch (DomeinFout fout) {
                afwijzing(fouten, fout, EindeForm.VELDEN, model);
            }
        }
        return faseEinde(participatie.fase(ik, id, new FaseId(fase)), model);
    }

    private String faseEinde(ParticipatieService.Geladen<FasePeriode> g, Model model) {
        model.addAttribute("g", g);
        model.addAttribute("h", g.huishouden());
        return "participatie/fase-einde";
    }

    // --- ending a placement

    @GetMapping("/huishoudens/{id}/participatie/plaatsingen/{plaatsing}/einde")
    String plaatsingEinde(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID plaatsing,
            Model model) {
        ParticipatieService.Geladen<Plaatsing> g = participatie.plaatsing(ik, id, new PlaatsingId(plaatsing));
        if (!model.containsAttribute("einde")) {
            model.addAttribute("einde", EindeForm.nieuw(g.waarde().versie(), LocalDate.now(clock)));
        }
        return plaatsingEinde(g, model);
    }

    @PostMapping("/huishoudens/{id}/participatie/plaatsingen/{plaatsing}/einde")
    String beeindigPlaatsing(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID plaatsing,
            @Valid @ModelAttribute("einde") EindeForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        String terug = "redirect:/huishoudens/" + id + "/participatie/plaatsingen/" + plaatsing + "/einde";
        if (form.getVersie() == null) {
            fouten.reject("fout.gelijktijdig-gewijzigd");
        }
        if (form.getReden() == null) {
            fouten.rejectValue("reden", "participatie.einde-reden.leeg",
                    meldingen.tekst("participatie.einde-reden.leeg"));
        }
        if (!fouten.hasErrors()) {
            try {
                Plaatsing p = participatie.beeindigPlaatsing(ik, id, new PlaatsingId(plaatsing), form.getVersie(),
                        form.getEinde(), form.getReden(), form.getToelichting());
                meldingen.gelukt(redirect, "participatie.plaatsing.beeindigd", p.organisatie());
                return "redirect:/huishoudens/" + id + "/participatie#persoon-" + p.persoonId();
            }
            catch (GelijktijdigGewijzigd fout) {
                meldingen.mislukt(redirect, fout);
                return terug;
            }
            catch (DomeinFout fout) {
                afwijzing(fouten, fout, EindeForm.VELDEN, model);
            }
        }
        return plaatsingEinde(participatie.plaatsing(ik, id, new PlaatsingId(plaatsing)), model);
    }

    private String plaatsingEinde(ParticipatieService.Geladen<Plaatsing> g, Model model) {
        model.addAttribute("g", g);
        model.addAttribute("h", g.huishouden());
        model.addAttribute("redenen", metLeeg(meldingen.opties(EindeReden.values(), "participatie.einde-reden."),
                "participatie.kies"));
        return "participatie/plaatsing-einde";
    }

    // --- helpers

    private String pagina(Medewerker ik, HuishoudenId id, Model model) {
        Participatie p = participatie.participatie(ik, id);
        model.addAttribute("p", p);
        model.addAttribute("h", p.huishouden());
        List<Keuze> personen = new ArrayList<>();
        personen.add(new Keuze("", meldingen.tekst("participatie.kies")));
        p.kandidaten().forEach(x -> personen.add(new Keuze(x.id().toString(), x.naam())));
        model.addAttribute("personen", personen);
        List<Keuze> fasen = new ArrayList<>();
        fasen.add(new Keuze("", meldingen.tekst("participatie.kies")));
        for (PiezoFase f : PiezoFase.values()) {
            fasen.add(new Keuze(f.name(), meldingen.tekst("participatie.fase.kort", f.nummer(),
                    meldingen.tekst("participatie.fase." + f.name()))));
        }
        model.addAttribute("fasen", fasen);
        model.addAttribute("soorten", metLeeg(meldingen.opties(PlaatsingSoort.values(), "participatie.soort."),
                "participatie.kies"));
        model.addAttribute("niveaus", metLeeg(meldingen.opties(Taalniveau.values(), "participatie.taalniveau."),
                "participatie.taalniveau.geen"));
        return "participatie/pagina";
    }

    private List<Keuze> metLeeg(List<Keuze> opties, String leeg) {
        List<Keuze> alle = new ArrayList<>();
        alle.add(new Keuze("", meldingen.tekst(leeg)));
        alle.addAll(opties);
        return alle;
    }

    /** A domain refusal: next to its field when it concerns one; otherwise as the page's error message. */
    private void afwijzing(BindingResult fouten, DomeinFout fout, java.util.Map<String, String> velden, Model model) {
        String veld = velden.get(fout.code());
        if (veld != null) {
            fouten.rejectValue(veld, fout.code(), fout.argumenten(), meldingen.tekst(fout.code(), fout.argumenten()));
        }
        else {
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
        }
    }
}
