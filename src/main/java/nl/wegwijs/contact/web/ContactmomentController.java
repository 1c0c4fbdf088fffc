package nl.wegwijs.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.contact.ContactDetail;
import nl.wegwijs.contact.ContactLijst;
import nl.wegwijs.contact.ContactService;
import nl.wegwijs.contact.ContactmomentId;
import nl.wegwijs.contact.Contactregels;
import nl.wegwijs.contact.Contactsoort;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.contact.Tolk;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Inzage;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.TrajectService;

/**
 * A household's contacts: the list (keyset-paginated), the quick "log a contact" form, changing and removing a
 * contact. The form works on a phone and without JavaScript; it posts the version it was rendered with, and a stale
 * one is refused with the current state shown. Each request reads through one {@link Inzage}: the household file
 * the form is built from is read (and logged) through the same one, so a person is logged once per request.
 */
@Controller
class ContactmomentController {

    private final ContactService contacten;
    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;
    private final Clock clock;

    ContactmomentController(ContactService contacten, TrajectService trajecten, OrganisatieService organisaties,
            Meldingen meldingen, Clock clock) {
        this.contacten = contacten;
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/contactmomenten")
    String lijst(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @RequestParam(required = false) @Nullable UUID na,
            Model model) {
        ContactLijst lijst = contacten.pagina(ik, id, na, 25);
        model.addAttribute("lijst", lijst);
        model.addAttribute("eersteGepagineerd", na != null);
        return "contact/lijst";
    }

    @GetMapping("/huishoudens/{id}/contactmomenten/nieuw")
    String nieuw(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, Model model, RedirectAttributes redirect) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!ContactService.magVastleggen(inzage)) {
            return geweigerd(redirect, "contact.niet-toegestaan", "redirect:/huishoudens/" + id);
        }
        Dossier d = trajecten.dossier(inzage);
        model.addAttribute("contactmoment", ContactmomentForm.standaard(LocalDate.now(clock),
                d.huishouden().personen().stream().map(p -> p.id()).toList(), ik.id()));
        return formulier(ik, d, null, Set.of(), model);
    }

    @PostMapping("/huishoudens/{id}/contactmomenten")
    String legVast(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @Valid @ModelAttribute("contactmoment") ContactmomentForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        Inzage inzage = trajecten.inzage(ik, id);
        if (!ContactService.magVastleggen(inzage)) {
            return geweigerd(redirect, "contact.niet-toegestaan", "redirect:/huishoudens/" + id);
        }
        if (!fouten.hasErrors()) {
            try {
                contacten.legVast(inzage, form.invoer());
                meldingen.gelukt(redirect, "contact.vastgelegd");
                return "redirect:/huishoudens/" + id;
            }
            catch (DomeinFout fout) {
                Foutvelden.toon(fouten, fout);
            }
        }
        return formulier(ik, trajecten.dossier(inzage), null, Set.copyOf(form.getMedewerkers()), model);
    }

    @GetMapping("/contactmomenten/{id}/wijzigen")
    String wijzigen(@Ingelogd Medewerker ik, @PathVariable ContactmomentId id, Model model,
            RedirectAttributes redirect) {
        ContactDetail c = contacten.find(ik, id);
        if (!c.magWijzigen()) {
            return geweigerd(redirect, "contact.wijzigen.niet-toegestaan",
                    "redirect:/huishoudens/" + c.huishouden() + "/contactmomenten");
        }
        model.addAttribute("contactmoment", ContactmomentForm.van(c.regel()));
        return formulier(ik, trajecten.dossier(c.inzage()), id, Set.copyOf(c.regel().medewerkers()), model);
    }

    @PostMapping("/contactmomenten/{id}")
    String wijzig(@Ingelogd Medewerker ik, @PathVariable ContactmomentId id,
            @Valid @ModelAttribute("contactmoment") ContactmomentForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        ContactDetail voor = contacten.find(ik, id);
        HuishoudenId huishouden = voor.huishouden();
        if (!fouten.hasErrors()) {
            try {
                contacten.wijzig(ik, id, form.getVersie(), form.invoer());
                meldingen.gelukt(redirect, "contact.gewijzigd");
                return "redirect:/huishoudens/" + huishouden + "/contactmomenten";
            }
            catch (GelijktijdigGewijzigd fout) {
                // show what is stored now, with the message: the user enters their change again
                ContactDetail nu = contacten.find(ik, id);
                ContactmomentForm huidig = ContactmomentForm.van(nu.regel());
                model.addAttribute("contactmoment", huidig);
                BindingResult opnieuw = new org.springframework.validation.BeanPropertyBindingResult(huidig,
                        "contactmoment");
                Foutvelden.toon(opnieuw, fout);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "contactmoment", opnieuw);
                return formulier(ik, trajecten.dossier(nu.inzage()), id, Set.copyOf(nu.regel().medewerkers()), model);
            }
            catch (DomeinFout fout) {
                if (fout.code().equals("contact.wijzigen.niet-toegestaan")) {
                    meldingen.mislukt(redirect, fout);
                    return "redirect:/huishoudens/" + huishouden + "/contactmomenten";
                }
                Foutvelden.toon(fouten, fout);
            }
        }
        return formulier(ik, trajecten.dossier(voor.inzage()), id, Set.copyOf(form.getMedewerkers()), model);
    }

    /**
     * The confirmation step before removing a contact: a page naming the contact (date, kind, who was there) with
     * the removal as a form, so it works without JavaScript.
     */
    @GetMapping("/contactmomenten/{id}/verwijderen")
    String verwijderenBevestigen(@Ingelogd Medewerker ik, @PathVariable ContactmomentId id, Model model,
            RedirectAttributes redirect) {
        ContactDetail c = contacten.find(ik, id);
        if (!c.magWijzigen()) {
            return geweigerd(redirect, "contact.wijzigen.niet-toegestaan",
                    "redirect:/huishoudens/" + c.huishouden() + "/contactmomenten");
        }
        Dossier d = trajecten.dossier(c.inzage());
        Map<UUID, String> personen = new LinkedHashMap<>();
        d.huishouden().personen().forEach(p -> personen.put(p.id(), p.naam()));
        model.addAttribute("c", c.regel());
        model.addAttribute("h", d.huishouden());
        model.addAttribute("aanwezig", c.regel().personen().stream().map(p -> personen.getOrDefault(p, "?")).toList());
        return "contact/verwijderen";
    }

    /** Removes a contact once confirmed; a post without the confirmation leads to the confirmation page. */
    @PostMapping("/contactmomenten/{id}/verwijderen")
    String verwijder(@Ingelogd Medewerker ik, @PathVariable ContactmomentId id, @RequestParam long versie,
            @RequestParam(defaultValue = "false") boolean bevestigd, RedirectAttributes redirect) {
        HuishoudenId huishouden = huishouden(ik, id);
        if (!bevestigd) {
            return "redirect:/contactmomenten/" + id + "/verwijderen";
        }
        try {
            contacten.verwijder(ik, id, versie);
            meldingen.gelukt(redirect, "contact.verwijderd");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/huishoudens/" + huishouden + "/contactmomenten";
    }

    // --- helpers

    private HuishoudenId huishouden(Medewerker ik, ContactmomentId id) {
        return contacten.find(ik, id).huishouden();
    }

    private String geweigerd(RedirectAttributes redirect, String code, String terug) {
        meldingen.mislukt(redirect, new DomeinFout(code));
        return terug;
    }

    private String formulier(Medewerker ik, Dossier d, @Nullable ContactmomentId id, Set<UUID> gekozen, Model model) {
        LocalDate vandaag = LocalDate.now(clock);
        model.addAttribute("d", d);
        model.addAttribute("contactId", id);
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("vroegst", vandaag.minus(Contactregels.MAX_TERUG));
        model.addAttribute("maxMinuten", Contactregels.MAX_MINUTEN);
        model.addAttribute("personen", d.huishouden().personen().stream()
            .map(p -> new Keuze(p.id().toString(), p.naam())).toList());
        model.addAttribute("medewerkers", staf(ik, d, gekozen));
        model.addAttribute("soorten", meldingen.opties(Contactsoort.values(), "contact.soort."));
        model.addAttribute("tolken", meldingen.opties(Tolk.values(), "contact.tolk."));
        model.addAttribute("themas", meldingen.opties(Thema.values(), "contact.thema."));
        return "contact/formulier";
    }

    /** Me, the staff assigned now, and whoever is already on the contact: the staff one can tick as present. */
    private List<Keuze> staf(Medewerker ik, Dossier d, Set<UUID> gekozen) {
        Map<UUID, String> namen = new LinkedHashMap<>();
        namen.put(ik.id(), ik.naam());
        for (Toewijzing w : d.traject().actieveToewijzingen(LocalDate.now(clock))) {
            namen.putIfAbsent(w.medewerkerId(), d.naam(w.medewerkerId()));
        }
        Set<UUID> onbekend = new HashSet<>(gekozen);
        onbekend.removeAll(namen.keySet());
        if (!onbekend.isEmpty()) {
            namen.putAll(organisaties.namen(onbekend));
        }
        List<Keuze> keuzes = new ArrayList<>();
        namen.forEach((id, naam) -> keuzes.add(new Keuze(id.toString(),
                id.equals(ik.id()) ? meldingen.tekst("contact.medewerker.ik", naam) : naam)));
        return keuzes;
    }
}
