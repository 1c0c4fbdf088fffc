package nl.wegwijs.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.contact.Bijeenkomstsoort;
import nl.wegwijs.contact.Contactregels;
import nl.wegwijs.contact.Groepsbijeenkomst;
import nl.wegwijs.contact.GroepsbijeenkomstDetail;
import nl.wegwijs.contact.GroepsbijeenkomstId;
import nl.wegwijs.contact.GroepsbijeenkomstOverzicht;
import nl.wegwijs.contact.GroepsbijeenkomstService;
import nl.wegwijs.contact.Kandidaat;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * Group sessions: the list (keyset), registering and changing one, its detail page with attendance, adding attendees
 * by searching the households one may see, and removing one.
 */
@Controller
public class GroepsbijeenkomstController {

    private final GroepsbijeenkomstService bijeenkomsten;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;
    private final Clock clock;

    GroepsbijeenkomstController(GroepsbijeenkomstService bijeenkomsten, OrganisatieService organisaties,
            Meldingen meldingen, Clock clock) {
        this.bijeenkomsten = bijeenkomsten;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/groepsbijeenkomsten")
    String lijst(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable UUID na, Model model) {
        if (ik.heeftRol(Rol.BEHEERDER)) {
            throw new NietGevonden();
        }
        int aantal = 25;
        List<GroepsbijeenkomstOverzicht> pagina = bijeenkomsten.pagina(ik, na, aantal);
        model.addAttribute("pagina", pagina);
        model.addAttribute("volgende", pagina.size() < aantal ? null : pagina.get(pagina.size() - 1).id());
        model.addAttribute("eersteGepagineerd", na != null);
        model.addAttribute("magRegistreren", GroepsbijeenkomstService.magRegistreren(ik));
        return "contact/groepen";
    }

    @GetMapping("/groepsbijeenkomsten/nieuw")
    String nieuw(@Ingelogd Medewerker ik, Model model) {
        if (!GroepsbijeenkomstService.magRegistreren(ik)) {
            throw new NietGevonden();
        }
        model.addAttribute("groep", GroepsbijeenkomstForm.standaard(LocalDate.now(clock), ik));
        return formulier(ik, null, null, model);
    }

    @PostMapping("/groepsbijeenkomsten")
    String registreer(@Ingelogd Medewerker ik, @Valid @ModelAttribute("groep") GroepsbijeenkomstForm form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        if (!GroepsbijeenkomstService.magRegistreren(ik)) {
            throw new NietGevonden();
        }
        if (!fouten.hasErrors()) {
            try {
                Groepsbijeenkomst g = bijeenkomsten.registreer(ik, form.invoer(ik));
                meldingen.gelukt(redirect, "contact.groep.geregistreerd");
                return "redirect:/groepsbijeenkomsten/" + g.id();
            }
            catch (DomeinFout fout) {
                Foutvelden.toon(fouten, fout);
            }
        }
        return formulier(ik, null, null, model);
    }

    @GetMapping("/groepsbijeenkomsten/{id}")
    String detail(@Ingelogd Medewerker ik, @PathVariable GroepsbijeenkomstId id, Model model) {
        // after adding participants the search comes back as a flash attribute (session), never in the URL
        return toon(ik, id, model.getAttribute("zoek") instanceof String zoek ? zoek : null, model);
    }

    /**
     * Searching households by name to add as participants: the name travels in a POST body and the page is shown
     * at once, so a client's name never lands in a URL, the browser history or an access log.
     */
    @PostMapping("/groepsbijeenkomsten/{id}/zoek")
    String zoek(@Ingelogd Medewerker ik, @PathVariable GroepsbijeenkomstId id,
            @RequestParam(required = false) @Nullable String zoek, Model model) {
        return toon(ik, id, zoek, model);
    }

    private String toon(Medewerker ik, GroepsbijeenkomstId id, @Nullable String zoek, Model model) {
        GroepsbijeenkomstDetail detail = bijeenkomsten.find(ik, id).orElseThrow(NietGevonden::new);
        model.addAttribute("g", detail);
        model.addAttribute("vandaag", LocalDate.now(clock));
        // attendance is recorded by who guides households; whether this household is theirs, the service checks
        model.addAttribute("magDeelnemers",
                ik.heeftRol(Rol.VRIJWILLIGER, Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BUDGETCOACH));
        model.addAttribute("zoek", zoek == null ? "" : zoek);
        if (zoek != null && !zoek.isBlank()) {
            model.addAttribute("kandidaten", perHuishouden(bijeenkomsten.zoekKandidaten(ik, zoek)));
        }
        return "contact/groep";
    }

    @GetMapping("/groepsbijeenkomsten/{id}/wijzigen")
    String wijzigen(@Ingelogd Medewerker ik, @PathVariable GroepsbijeenkomstId id, Model model,
            RedirectAttributes redirect) {
        GroepsbijeenkomstDetail detail = bijeenkomsten.find(ik, id).orElseThrow(NietGevonden::new);
        if (!detail.magWijzigen()) {
            meldingen.mislukt(redirect, new DomeinFout("contact.groep.wijzigen.niet-toegestaan"));
            return "redirect:/groepsbijeenkomsten/" + id;
        }
        model.addAttribute("groep", GroepsbijeenkomstForm.van(detail.bijeenkomst(), ik));
        return formulier(ik, id, detail.bijeenkomst(), model);
    }

    @PostMapping("/groepsbijeenkomsten/{id}")
    String wijzig(@Ingelogd Medewerker ik, @PathVariable GroepsbijeenkomstId id,
            @Valid @ModelAttribute("groep") GroepsbijeenkomstForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        GroepsbijeenkomstDetail detail = bijeenkomsten.find(ik, id).orElseThrow(NietGevonden::new);
        if (!fouten.hasErrors()) {
            try {
                bijeenkomsten.wijzig(ik, id, form.getVersie(), form.invoer(ik));
                meldingen.gelukt(redirect, "contact.groep.gewijzigd");
                return "redirect:/groepsbijeenkomsten/" + id;
            }
            catch (GelijktijdigGewijzigd fout) {
                GroepsbijeenkomstForm huidig = GroepsbijeenkomstForm.van(detail.bijeenkomst(), ik);
                model.addAttribute("groep", huidig);
                BindingResult opnieuw = new BeanPropertyBindingResult(huidig, "groep");
                Foutvelden.toon(opnieuw, fout);
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "groep", opnieuw);
                return formulier(ik, id, detail.bijeenkomst(), model);
            }
            catch (DomeinFout fout) {
                if (fout.code().equals("contact.groep.wijzigen.niet-toegestaan")) {
                    meldingen.mislukt(redirect, fout);
                    return "redirect:/groepsbijeenkomsten/" + id;
                }
                Foutvelden.toon(fouten, fout);
            }
        }
        return formulier(ik, id, detail.bijeenkomst(), model);
    }

    @PostMapping("/groepsbijeenkomsten/{id}/deelnemers")
    String voegToe(@Ingelogd Medewerker ik, @PathVariable GroepsbijeenkomstId id, @RequestParam HuishoudenId huishouden,
            @RequestParam(name = "personen", required = false) @Nullable List<UUID> personen,
            @RequestParam(required = false) @Nullable String zoek, RedirectAttributes redirect) {
        try {
            int n = bijeenkomsten.voegDeelnemersToe(ik, id, huishouden, personen == null ? List.of() : personen);
            meldingen.gelukt(redirect, "contact.groep.deelnemers.toegevoegd", n);
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        if (zoek != null && !zoek.isBlank()) {
            redirect.addFlashAttribute("zoek", zoek);
        }
        return "redirect:/groepsbijeenkomsten/" + id;
    }

    @PostMapping("/groepsbijeenkomsten/{id}/deelnemers/{persoon}/verwijderen")
    String verwijder(@Ingelogd Medewerker ik, @PathVariable GroepsbijeenkomstId id, @PathVariable UUID persoon,
            RedirectAttributes redirect) {
        try {
            bijeenkomsten.verwijderDeelnemer(ik, id, persoon);
            meldingen.gelukt(redirect, "contact.groep.deelnemer.verwijderd");
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/groepsbijeenkomsten/" + id;
    }

    // --- helpers

    private String formulier(Medewerker ik, @Nullable GroepsbijeenkomstId id, @Nullable Groepsbijeenkomst huidig,
            Model model) {
        model.addAttribute("groepId", id);
        model.addAttribute("maxMinuten", Contactregels.MAX_MINUTEN);
        model.addAttribute("soorten", meldingen.opties(Bijeenkomstsoort.values(), "contact.groep.soort."));
        model.addAttribute("themas", meldingen.opties(Thema.values(), "contact.thema."));
        boolean uitvoerderszijde = ik.uitvoerderId() != null;
        List<Keuze> voor = new ArrayList<>();
        if (uitvoerderszijde) {
            voor.add(new Keuze("", meldingen.tekst("contact.groep.gemeente.geen")));
        }
        Map<String, String> uniek = new LinkedHashMap<>();
        bijeenkomsten.contracten(ik).forEach(c -> uniek.putIfAbsent(
                (uitvoerderszijde ? c.gemeenteId() : c.uitvoerderId()).toString(),
                uitvoerderszijde ? c.gemeenteNaam() : c.uitvoerderNaam()));
        uniek.forEach((waarde, tekst) -> voor.add(new Keuze(waarde, tekst)));
        model.addAttribute("voor", voor);
        model.addAttribute("voorLabel", uitvoerderszijde ? "contact.groep.gemeente" : "contact.groep.uitvoerder");
        model.addAttribute("magVoorKiezen", uitvoerderszijde || huidig == null);
        Map<String, String> organisatoren = new LinkedHashMap<>();
        organisatoren.put(ik.id().toString(), meldingen.tekst("contact.medewerker.ik", ik.naam()));
        if (huidig != null) {
            organisatoren.putIfAbsent(huidig.organisatorId().toString(),
                    organisaties.namen(List.of(huidig.organisatorId())).getOrDefault(huidig.organisatorId(), "?"));
        }
        if (ik.heeftRol(Rol.TEAMLEIDER) && ik.uitvoerderId() != null) {
            organisaties.medewerkersVoorToewijzing(ik, ik.uitvoerderId())
                .forEach(m -> organisatoren.putIfAbsent(m.id().toString(), m.naam()));
        }
        List<Keuze> org = new ArrayList<>();
        organisatoren.forEach((waarde, tekst) -> org.add(new Keuze(waarde, tekst)));
        model.addAttribute("organisatoren", org);
        return "contact/groep-formulier";
    }

    /** Search results grouped by household, so a family is added in one go. */
    private static List<Gezin> perHuishouden(List<Kandidaat> kandidaten) {
        Map<HuishoudenId, Gezin> gezinnen = new LinkedHashMap<>();
        kandidaten.forEach(k -> gezinnen.computeIfAbsent(k.huishouden(),
                h -> new Gezin(h, k.huishoudenNaam(), new ArrayList<>())).personen().add(k));
        return List.copyOf(gezinnen.values());
    }

    /** One household in the search results. */
    public record Gezin(HuishoudenId huishouden, String naam, List<Kandidaat> personen) {
    }
}
