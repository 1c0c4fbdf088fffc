package nl.wegwijs.checklist.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.checklist.ChecklistItemId;
import nl.wegwijs.checklist.ChecklistRegel;
import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.ItemWeergave;
import nl.wegwijs.checklist.WieDeedHet;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Meldingen;

/**
 * A household's checklist: the page (what is due now first, the rest per theme or per person, folded), the one-tap
 * tick (three buttons: who did it) and the edit form of one item. With htmx a tick swaps only its row (focus moves to
 * the row's title, and the page's live region says what happened), and the page's counters, progress and "who did
 * it" follow out of band; a refusal shows in the row with the current state. Without JavaScript it is a post,
 * redirect and flash message. An item of another household than the one in the path does not exist here.
 */
@Controller
@RequestMapping("/huishoudens/{id}/checklist")
class ChecklistController {

    /** Which field a domain refusal belongs to on the edit form. */
    private static final Map<String, String> VELDEN = Map.of("checklist.wie.leeg", "wie", "checklist.reden.leeg",
            "reden", "checklist.reden.lang", "reden", "checklist.datum.toekomst", "datum", "checklist.datum.ongeldig",
            "datum", "checklist.deadline.ongeldig", "deadline", "checklist.notitie.lang", "notitie");

    private final ChecklistService checklist;
    private final Meldingen meldingen;
    private final Clock clock;

    ChecklistController(ChecklistService checklist, Meldingen meldingen, Clock clock) {
        this.checklist = checklist;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    /**
     * The page; {@code open} names the group shown unfolded (a theme, a person's id, or "huishouden"), e.g. the one
     * an item was just ticked in.
     */
    @GetMapping
    String pagina(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestParam(required = false) @Nullable String weergave,
            @RequestParam(required = false) @Nullable String open, Model model) {
        model.addAttribute("c", checklist.pagina(ik, id, "persoon".equals(weergave)));
        model.addAttribute("open", open == null ? "" : open);
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "checklist/pagina";
    }

    @PostMapping("/items/{item}/afvinken")
    String vinkAf(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable ChecklistItemId item,
            @RequestParam long versie, @RequestParam(required = false) @Nullable WieDeedHet wie,
            @RequestParam(required = false) @Nullable String bron,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model,
            RedirectAttributes redirect) {
        ItemWeergave weergave = null;
        DomeinFout fout = null;
        try {
            if (wie == null) {
                throw new DomeinFout("checklist.wie.leeg");
            }
            weergave = checklist.vinkAf(ik, id, item, versie, wie);
        }
        catch (DomeinFout f) {
            fout = f;
        }
        if (htmx != null) {
            // one access decision for the row and the counters: that of the tick, or of reading the item again
            ItemWeergave r = weergave != null ? weergave : checklist.regel(ik, id, item, true);
            model.addAttribute("r", r.regel());
            model.addAttribute("huishouden", id);
            model.addAttribute("magBegeleiden", r.magBegeleiden());
            model.addAttribute("bron", bron == null ? "checklist" : bron);
            model.addAttribute("vandaag", LocalDate.now(clock));
            model.addAttribute("regelFout", fout == null ? null : meldingen.tekst(fout.code(), fout.argumenten()));
            model.addAttribute("regelMelding", fout == null ? meldingen.tekst("checklist.afgevinkt") : null);
            // the host page's counters, progress and "who did it" follow out of band (fragmenten :: regel)
            model.addAttribute("regelOverzicht", r.overzicht());
            model.addAttribute("regelAankondiging", fout != null ? null
                    : meldingen.tekst("checklist.afgevinkt.melding", r.regel().item().titel(),
                            meldingen.tekst("checklist.wie." + wie)));
            return "checklist/fragmenten :: regel(r=${r}, huishouden=${huishouden}, magBegeleiden=${magBegeleiden}, "
                    + "bron=${bron}, vandaag=${vandaag})";
        }
        ChecklistRegel regel = weergave == null ? null : weergave.regel();
        if (fout == null) {
            meldingen.gelukt(redirect, "checklist.afgevinkt.melding", regel.item().titel(),
                    meldingen.tekst("checklist.wie." + wie));
        }
        else {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:" + terug(id, item, bron, regel);
    }

    /**
     * Back where the tick came from: the file's section, or the page with the item's group unfolded. The file loads
     * its checklist section lazily (issue 21): without JavaScript, where a tick is a post, its link opened the section
     * alone, and that is where the tick returns, with the new state and the message.
     */
    private static String terug(HuishoudenId id, ChecklistItemId item, @Nullable String bron,
            @Nullable ChecklistRegel regel) {
        if ("dossier".equals(bron)) {
            return "/huishoudens/" + id + "/onderdelen/checklist#item-" + item;
        }
        String pad = "/huishoudens/" + id + "/checklist";
        if (regel == null) {
            return pad + ("persoon".equals(bron) ? "?weergave=persoon" : "") + "#item-" + item;
        }
        String groep = "persoon".equals(bron)
                ? (regel.item().persoonId() == null ? "huishouden" : regel.item().persoonId().toString())
                : regel.item().thema().name();
        return pad + "?" + ("persoon".equals(bron) ? "weergave=persoon&" : "") + "open=" + groep + "#item-" + item;
    }

    @GetMapping("/items/{item}")
    String bewerk(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable ChecklistItemId item,
            Model model) {
        ItemWeergave regel = checklist.regel(ik, id, item, false);
        model.addAttribute("itemForm", ItemForm.van(regel.regel().item()));
        return formulier(id, regel, model);
    }

    @PostMapping("/items/{item}")
    String wijzig(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable ChecklistItemId item,
            @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                ChecklistRegel regel = checklist.wijzig(ik, id, item, form.getVersie(), form.wijziging());
                meldingen.gelukt(redirect, "checklist.gewijzigd", regel.item().titel());
                return "redirect:/huishoudens/" + id + "/checklist#item-" + item;
            }
            catch (GelijktijdigGewijzigd gelijktijdig) {
                // nothing was written: show the current state and say so
                ItemWeergave huidig = checklist.regel(ik, id, item, false);
                model.addAttribute("itemForm", ItemForm.van(huidig.regel().item()));
                model.addAttribute("fout", meldingen.tekst(gelijktijdig.code()));
                return formulier(id, huidig, model);
            }
            catch (DomeinFout fout) {
                String veld = VELDEN.get(fout.code());
                if (veld != null) {
                    fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
                }
                else {
                    // not about one field (e.g. no longer allowed to record): shown above the page, also when the
                    // page no longer offers the form
                    model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
                }
            }
        }
        return formulier(id, checklist.regel(ik, id, item, false), model);
    }

    private String formulier(HuishoudenId id, ItemWeergave regel, Model model) {
        model.addAttribute("r", regel.regel());
        model.addAttribute("inzage", regel.inzage());
        model.addAttribute("huishouden", id);
        model.addAttribute("magBegeleiden", regel.magBegeleiden());
        model.addAttribute("statussen", meldingen.opties(ItemStatus.values(), "checklist.status."));
        model.addAttribute("wies", meldingen.opties(WieDeedHet.values(), "checklist.wie."));
        model.addAttribute("vandaag", LocalDate.now(clock));
        return "checklist/item";
    }
}
