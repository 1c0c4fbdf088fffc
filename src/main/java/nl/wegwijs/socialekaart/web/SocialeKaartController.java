package nl.wegwijs.socialekaart.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * The sociale kaart of a gemeente: the list (keyset pages, filter by kind and language), a service's page (the edit form for who
 * maintains it, read-only otherwise), adding, and (de)activating. Forms post the version they were rendered with.
 */
@Controller
class SocialeKaartController {

    private final SocialeKaart kaart;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;

    SocialeKaartController(SocialeKaart kaart, OrganisatieService organisaties, Meldingen meldingen) {
        this.kaart = kaart;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
    }

    @GetMapping("/socialekaart")
    String lijst(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable UUID gemeente,
            @RequestParam(required = false) @Nullable Dienstsoort soort,
            @RequestParam(required = false) @Nullable String taal,
            @RequestParam(required = false) @Nullable UUID na, Model model) {
        List<Gemeente> gemeenten = kaart.gemeenten(ik);
        if (gemeenten.isEmpty()) {
            throw new NietGevonden();
        }
        UUID g = gemeente != null ? gemeente
                : ik.gemeenteId() != null && gemeenten.stream().anyMatch(x -> x.id().equals(ik.gemeenteId()))
                        ? ik.gemeenteId() : gemeenten.get(0).id();
        Gemeente gekozen = gemeenten.stream().filter(x -> x.id().equals(g)).findFirst()
            .orElseThrow(NietGevonden::new);
        String t = taal == null || taal.isBlank() ? null : taal.strip();
        SocialeKaart.Pagina pagina = kaart.pagina(ik, g, soort, t, na, SocialeKaart.PAGINA);
        model.addAttribute("taal", t);
        model.addAttribute("pagina", pagina);
        model.addAttribute("gemeente", gekozen);
        model.addAttribute("gemeenten", gemeenten.stream().map(x -> new Keuze(x.id().toString(), x.naam())).toList());
        List<Keuze> soorten = new ArrayList<>();
        soorten.add(new Keuze("", meldingen.tekst("socialekaart.soort.alle")));
        soorten.addAll(meldingen.opties(Dienstsoort.values(), "socialekaart.soort."));
        model.addAttribute("soorten", soorten);
        model.addAttribute("soort", soort);
        model.addAttribute("gepagineerd", na != null);
        // the waiting times (module verwijzing) are for who steers on them
        model.addAttribute("magWachttijden", ik.heeftRol(nl.wegwijs.organisatie.Rol.TEAMLEIDER,
                nl.wegwijs.organisatie.Rol.REGIEVOERDER, nl.wegwijs.organisatie.Rol.BELEID,
                nl.wegwijs.organisatie.Rol.BEHEERDER));
        return "socialekaart/lijst";
    }

    @GetMapping("/socialekaart/nieuw")
    String nieuw(@Ingelogd Medewerker ik, @RequestParam UUID gemeente, Model model) {
        if (!kaart.magBeheren(ik, gemeente)) {
            throw new NietGevonden();
        }
        model.addAttribute("dienst", new DienstForm());
        return formulier(gemeente, null, model);
    }

    @PostMapping("/socialekaart/nieuw")
    String voegToe(@Ingelogd Medewerker ik, @RequestParam UUID gemeente, @ModelAttribute("dienst") DienstForm form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        try {
            Dienst d = kaart.voegToe(ik, gemeente, form.toGegevens());
            meldingen.gelukt(redirect, "socialekaart.toegevoegd", d.naam());
            return "redirect:/socialekaart?gemeente=" + gemeente + "&soort=" + d.soort();
        }
        catch (DomeinFout fout) {
            afwijzing(fouten, fout, model);
        }
        return formulier(gemeente, null, model);
    }

    @GetMapping("/socialekaart/{id}")
    String dienst(@Ingelogd Medewerker ik, @PathVariable UUID id, Model model) {
        SocialeKaart.DienstInzage inzage = kaart.inzage(ik, id);
        if (!model.containsAttribute("dienst")) {
            model.addAttribute("dienst", DienstForm.van(inzage.dienst()));
        }
        model.addAttribute("inzage", inzage);
        return formulier(inzage.dienst().gemeenteId(), inzage, model);
    }

    @PostMapping("/socialekaart/{id}")
    String wijzig(@Ingelogd Medewerker ik, @PathVariable UUID id, @ModelAttribute("dienst") DienstForm form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        try {
            if (form.getVersie() == null) {
                throw new GelijktijdigGewijzigd();
            }
            Dienst d = kaart.wijzig(ik, id, form.getVersie(), form.toGegevens());
            meldingen.gelukt(redirect, "socialekaart.opgeslagen", d.naam());
            return "redirect:/socialekaart/" + id;
        }
        catch (GelijktijdigGewijzigd fout) {
            meldingen.mislukt(redirect, fout);
            return "redirect:/socialekaart/" + id;
        }
        catch (DomeinFout fout) {
            afwijzing(fouten, fout, model);
        }
        SocialeKaart.DienstInzage inzage = kaart.inzage(ik, id);
        model.addAttribute("inzage", inzage);
        return formulier(inzage.dienst().gemeenteId(), inzage, model);
    }

    @PostMapping("/socialekaart/{id}/actief")
    String actief(@Ingelogd Medewerker ik, @PathVariable UUID id, @RequestParam long versie,
            @RequestParam boolean actief, RedirectAttributes redirect) {
        try {
            Dienst d = kaart.zetActief(ik, id, versie, actief);
            meldingen.gelukt(redirect, actief ? "socialekaart.geactiveerd" : "socialekaart.gedeactiveerd", d.naam());
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, fout);
        }
        return "redirect:/socialekaart/" + id;
    }

    private String formulier(UUID gemeente, SocialeKaart.@Nullable DienstInzage inzage, Model model) {
        Gemeente g = organisaties.gemeente(gemeente).orElseThrow(NietGevonden::new);
        model.addAttribute("gemeente", g);
        List<Keuze> soorten = new ArrayList<>();
        soorten.add(new Keuze("", meldingen.tekst("socialekaart.soort.leeg")));
        soorten.addAll(meldingen.opties(Dienstsoort.values(), "socialekaart.soort."));
        model.addAttribute("soorten", soorten);
        List<Keuze> organisatieKeuzes = new ArrayList<>();
        organisatieKeuzes.add(new Keuze("", meldingen.tekst("socialekaart.organisatie.geen")));
        organisatieKeuzes.add(new Keuze(g.id().toString(), meldingen.tekst("socialekaart.organisatie.gemeente",
                g.naam())));
        model.addAttribute("organisaties", organisatieKeuzes);
        model.addAttribute("nieuw", inzage == null);
        return "socialekaart/dienst";
    }

    private void afwijzing(BindingResult fouten, DomeinFout fout, Model model) {
        String veld = DienstForm.VELDEN.get(fout.code());
        if (veld != null) {
            fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
        }
        else {
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
        }
    }
}
