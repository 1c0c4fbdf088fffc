package nl.wegwijs.koppeling.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.koppeling.ApiClient;
import nl.wegwijs.koppeling.KoppelingService;
import nl.wegwijs.koppeling.Scopes;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;

/**
 * The beheerder's API clients: the list with last use, a form to register one, and per client its details, where
 * the secret is shown once right after registering (passed on to that one page, never stored readable), and revoking.
 */
@Controller
@RequestMapping("/beheer/koppelingen")
public class KoppelingController {

    private static final String LIJST = "koppeling/koppelingen";
    private static final String GEHEIM = "geheim";

    private final KoppelingService koppelingen;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;
    private final java.time.Clock clock;

    KoppelingController(KoppelingService koppelingen, OrganisatieService organisaties, Meldingen meldingen,
            java.time.Clock clock) {
        this.koppelingen = koppelingen;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    /** A client with its times as the user reads them (d-M-jjjj HH:mm, the application's zone); "" for none. */
    public record Regel(ApiClient client, String aangemaakt, String laatstGebruikt, String ingetrokken) {
    }

    private Regel regel(ApiClient c) {
        return new Regel(c, tijd(c.aangemaaktOp()), tijd(c.laatstGebruikt()), tijd(c.ingetrokkenOp()));
    }

    private String tijd(java.time.@org.jspecify.annotations.Nullable Instant t) {
        return t == null ? "" : TIJD.format(t.atZone(clock.getZone()));
    }

    private static final java.time.format.DateTimeFormatter TIJD =
            java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    /** The read and write checkbox of one part of the API. */
    public record Onderdeel(String naam, String lezen, String schrijven) {
    }

    @GetMapping
    String lijst(@Ingelogd Medewerker ik, Model model) {
        return toon(ik, model);
    }

    @PostMapping
    String registreer(@Ingelogd Medewerker ik, @Valid @ModelAttribute("koppelingForm") KoppelingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.getTarget() != null) {
            form.controleer(result);
        }
        if (result.hasErrors()) {
            return toon(ik, model);
        }
        try {
            var registratie = koppelingen.registreer(ik, Objects.requireNonNull(form.naam()),
                    Objects.requireNonNull(form.organisatieId()), Objects.requireNonNull(form.gekozenRol()),
                    new LinkedHashSet<>(form.gekozenScopes()));
            redirect.addFlashAttribute(GEHEIM, registratie.geheim());
            return "redirect:/beheer/koppelingen/" + registratie.client().id();
        }
        catch (DomeinFout fout) {
            result.reject(fout.code(), fout.argumenten(), fout.code());
        }
        catch (nl.wegwijs.system.NietGevonden fout) {
            result.rejectValue("organisatie", "koppeling.form.organisatie.leeg");
        }
        return toon(ik, model);
    }

    @GetMapping("/{id}")
    String een(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model, HttpServletResponse response) {
        model.addAttribute("regel", regel(koppelingen.client(ik, id)));
        // the secret, if present, is in this one answer: no cache may keep it
        response.setHeader("Cache-Control", "no-store");
        return "koppeling/koppeling";
    }

    @PostMapping("/{id}/intrekking")
    String trekIn(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            RedirectAttributes redirect) {
        try {
            ApiClient c = koppelingen.trekIn(ik, id, versie);
            meldingen.gelukt(redirect, "koppeling.ingetrokken", c.naam());
        }
        catch (GelijktijdigGewijzigd fout) {
            meldingen.mislukt(redirect, new DomeinFout("koppeling.fout.gelijktijdig"));
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/beheer/koppelingen/" + id;
    }

    private String toon(Medewerker ik, Model model) {
        model.addAttribute("regels", koppelingen.clients(ik).stream().map(this::regel).toList());
        if (!model.containsAttribute("koppelingForm")) {
            model.addAttribute("koppelingForm", KoppelingForm.leeg());
        }
        List<Keuze> orgs = new ArrayList<>();
        orgs.add(new Keuze("", meldingen.tekst("koppeling.form.organisatie.kies")));
        organisaties.gemeenten().forEach(g -> orgs.add(new Keuze(g.id().toString(),
                meldingen.tekst("koppeling.organisatie.gemeente", g.naam()))));
        organisaties.uitvoerders().forEach(u -> orgs.add(new Keuze(u.id().toString(),
                meldingen.tekst("koppeling.organisatie.uitvoerder", u.naam()))));
        model.addAttribute("organisatieKeuzes", orgs);
        List<Keuze> rollen = new ArrayList<>();
        rollen.add(new Keuze("", meldingen.tekst("koppeling.form.rol.kies")));
        KoppelingService.ROLLEN.forEach(r -> rollen.add(new Keuze(r.name(), meldingen.tekst("rol." + r.name()))));
        model.addAttribute("rolKeuzes", rollen);
        model.addAttribute("onderdelen", Scopes.onderdelen().stream()
            .map(o -> new Onderdeel(o, o + Scopes.LEZEN, o + Scopes.SCHRIJVEN)).toList());
        return LIJST;
    }
}
