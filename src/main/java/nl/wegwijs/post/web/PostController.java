package nl.wegwijs.post.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.post.AfgehandeldDoor;
import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.Brief;
import nl.wegwijs.post.BriefId;
import nl.wegwijs.post.BriefStatus;
import nl.wegwijs.post.PostService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * A household's letters: the list (open first by deadline) with a quick register form, the edit form of one letter,
 * and the one-tap finish "who handled it". Forms post the version they were rendered with; a stale one shows the
 * letter as it now stands with a clear message.
 */
@Controller
class PostController {

    private final PostService post;
    private final Meldingen meldingen;
    private final Clock clock;

    PostController(PostService post, Meldingen meldingen, Clock clock) {
        this.post = post;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/post")
    String overzicht(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable BriefId na, @RequestParam(defaultValue = "false") boolean nieuw,
            Model model) {
        model.addAttribute("brief", BriefForm.nieuw(LocalDate.now(clock)));
        model.addAttribute("registreerOpen", nieuw);
        return overzicht(ik, id, na, model);
    }

    @PostMapping("/huishoudens/{id}/post")
    String registreer(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @Valid @ModelAttribute("brief") BriefForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                Brief b = post.registreer(ik, id, form.toGegevens());
                meldingen.gelukt(redirect, "post.registreer.gelukt", b.onderwerp());
                return "redirect:/huishoudens/" + id + "/post";
            }
            catch (DomeinFout fout) {
                afwijzing(fouten, fout, model);
            }
        }
        model.addAttribute("registreerOpen", true);
        return overzicht(ik, id, null, model);
    }

    @GetMapping("/brieven/{id}")
    String brief(@Ingelogd Medewerker ik, @PathVariable BriefId id, Model model) {
        PostService.BriefInzage inzage = post.find(ik, id).orElseThrow(NietGevonden::new);
        if (!model.containsAttribute("brief")) {
            model.addAttribute("brief", BriefForm.van(inzage.brief()));
        }
        return bewerk(inzage, model);
    }

    @PostMapping("/brieven/{id}")
    String wijzig(@Ingelogd Medewerker ik, @PathVariable BriefId id, @Valid @ModelAttribute("brief") BriefForm form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        if (form.getVersie() == null) {
            fouten.reject("fout.gelijktijdig-gewijzigd");
        }
        if (!fouten.hasErrors()) {
            try {
                Brief b = post.wijzig(ik, id, form.getVersie(), form.toGegevens());
                meldingen.gelukt(redirect, "post.wijzig.gelukt", b.onderwerp());
                return "redirect:/huishoudens/" + b.huishouden() + "/post";
            }
            catch (GelijktijdigGewijzigd fout) {
                meldingen.mislukt(redirect, fout);
                return "redirect:/brieven/" + id;
            }
            catch (DomeinFout fout) {
                afwijzing(fouten, fout, model);
            }
        }
        PostService.BriefInzage inzage = post.find(ik, id).orElseThrow(NietGevonden::new);
        return bewerk(inzage, model);
    }

    /** One tap: handled today by the guide, together, or the statushouder alone. */
    @PostMapping("/brieven/{id}/afhandeling")
    String handelAf(@Ingelogd Medewerker ik, @PathVariable BriefId id, @RequestParam long versie,
            @RequestParam(required = false) @Nullable AfgehandeldDoor afgehandeldDoor,
            @RequestParam(required = false) @Nullable String terug, RedirectAttributes redirect) {
        HuishoudenId h = post.huishoudenVan(ik, id).orElseThrow(NietGevonden::new);
        String naar = "dossier".equals(terug) ? "redirect:/huishoudens/" + h : "redirect:/huishoudens/" + h + "/post";
        try {
            if (afgehandeldDoor == null) {
                throw new DomeinFout("post.afgehandeld-door.leeg");
            }
            Brief b = post.handelAf(ik, id, versie, afgehandeldDoor);
            meldingen.gelukt(redirect, "post.afhandeling.gelukt", b.onderwerp());
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return naar;
    }

    private String overzicht(Medewerker ik, HuishoudenId id, @Nullable BriefId na, Model model) {
        PostService.PostVanHuishouden pagina = post.brieven(ik, id, na, PostService.PAGINA);
        model.addAttribute("pagina", pagina);
        model.addAttribute("h", pagina.huishouden());
        model.addAttribute("gepagineerd", na != null);
        return formulier(pagina.huishouden(), pagina.afzenders(), "post/overzicht", model);
    }

    private String bewerk(PostService.BriefInzage inzage, Model model) {
        model.addAttribute("inzage", inzage);
        model.addAttribute("h", inzage.huishouden());
        return formulier(inzage.huishouden(), inzage.afzenders(), "post/brief", model);
    }

    /** The form's choices: only the senders whose letters the user may see (a budgetcoach: those about money). */
    private String formulier(Huishouden h, java.util.Set<Afzender> zichtbaar, String template, Model model) {
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("afzenders", metLeeg(meldingen.opties(
                java.util.Arrays.stream(Afzender.values()).filter(zichtbaar::contains).toArray(Afzender[]::new),
                "post.afzender."), "post.afzender.kies"));
        model.addAttribute("statussen", meldingen.opties(BriefStatus.values(), "post.status."));
        model.addAttribute("wieOpties", metLeeg(meldingen.opties(AfgehandeldDoor.values(), "post.door."),
                "post.door.leeg"));
        List<Keuze> personen = new ArrayList<>();
        personen.add(new Keuze("", meldingen.tekst("post.persoon.huishouden")));
        h.personen().forEach(p -> personen.add(new Keuze(p.id().toString(), p.naam())));
        model.addAttribute("personen", personen);
        model.addAttribute("wie", AfgehandeldDoor.values());
        return template;
    }

    private List<Keuze> metLeeg(List<Keuze> opties, String leeg) {
        List<Keuze> alle = new ArrayList<>();
        alle.add(new Keuze("", meldingen.tekst(leeg)));
        alle.addAll(opties);
        return alle;
    }

    /**
     * A domain refusal: next to its field when it concerns one; otherwise (e.g. not allowed, trajectory closed) as
     * the page's error message, above everything, since the form itself may not be shown.
     */
    private void afwijzing(BindingResult fouten, DomeinFout fout, Model model) {
        String veld = BriefForm.VELDEN.get(fout.code());
        if (veld != null) {
            fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
        }
        else {
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
        }
    }
}
