package nl.wegwijs.organisatie.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
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

import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.MedewerkerOverzicht;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.organisatie.Team;
import nl.wegwijs.organisatie.TweestapService;
import nl.wegwijs.organisatie.Inlogblokkades;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/** The medewerkers of one organisation, and the form that adds a medewerker with an initial password. */
@Controller
@RequestMapping("/beheer/medewerkers")
public class MedewerkerController {

    private static final String PAGINA = "beheer/medewerkers";

    private final OrganisatieService organisaties;
    private final Keuzes keuzes;
    private final Meldingen meldingen;
    private final TweestapService tweestap;
    private final Inlogblokkades blokkades;

    MedewerkerController(OrganisatieService organisaties, Keuzes keuzes, Meldingen meldingen,
            TweestapService tweestap, Inlogblokkades blokkades) {
        this.organisaties = organisaties;
        this.keuzes = keuzes;
        this.meldingen = meldingen;
        this.tweestap = tweestap;
        this.blokkades = blokkades;
    }

    /**
     * One medewerker in the list; {@code tweestap}: enrolled for two-factor login; {@code geblokkeerd}: the login
     * brake refuses them now (too many wrong passwords).
     */
    public record MedewerkerRegel(UUID id, String naam, String gebruikersnaam, Rol rol, @Nullable BigDecimal fte,
            String teams, boolean tweestap, boolean geblokkeerd) {
    }

    /** The teams of one uitvoerder, to choose from. */
    public record TeamGroep(Uitvoerder uitvoerder, List<Team> teams) {
    }

    @GetMapping
    String medewerkers(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable UUID organisatie,
            Model model) {
        return toon(ik, organisatie, model);
    }

    @PostMapping
    String voegToe(@Ingelogd Medewerker ik, @Valid @ModelAttribute("medewerkerForm") MedewerkerForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UUID organisatie = form.organisatie();
        List<UUID> teamsVanOrganisatie = organisatie == null ? List.of()
                : organisaties.teams(organisatie).stream().map(Team::id).toList();
        if (BeheerFormulieren.gebonden(result)) {
            form.controleer(result, teamsVanOrganisatie);
            if (!result.hasFieldErrors("gebruikersnaam") && form.gebruikersnaam() != null
                    && organisaties.medewerkerMetGebruikersnaam(ik, form.gebruikersnaam()).isPresent()) {
                result.rejectValue("gebruikersnaam", "beheer.medewerker.gebruikersnaam.bestaat");
            }
        }
        if (result.hasErrors()) {
            return toon(ik, organisatie, model);
        }
        try {
            Medewerker nieuw = organisaties.voegMedewerkerToe(ik, Objects.requireNonNull(form.gebruikersnaam()).strip(),
                    Objects.requireNonNull(form.wachtwoord()), Objects.requireNonNull(form.medewerkerNaam()).strip(),
                    Objects.requireNonNull(form.rol()), Objects.requireNonNull(organisatie), form.fte(),
                    form.gekozenTeams());
            meldingen.gelukt(redirect, "beheer.medewerker.toegevoegd", nieuw.naam(), nieuw.gebruikersnaam());
            redirect.addAttribute("organisatie", organisatie);
            return "redirect:/beheer/medewerkers";
        }
        catch (DomeinFout fout) {
            BeheerFormulieren.toon(result, fout);
        }
        catch (DuplicateKeyException e) {
            result.rejectValue("gebruikersnaam", "beheer.medewerker.gebruikersnaam.bestaat");
        }
        return toon(ik, organisatie, model);
    }

    /** Requires (or no longer requires) two-factor login of every medewerker of the organisation. */
    @PostMapping("/tweestap")
    String zetTweestapVerplicht(@Ingelogd Medewerker ik, @RequestParam UUID organisatie,
            @RequestParam(defaultValue = "false") boolean verplicht, RedirectAttributes redirect) {
        if (organisaties.gemeente(organisatie).isEmpty() && organisaties.uitvoerder(organisatie).isEmpty()) {
            throw new NietGevonden();
        }
        tweestap.zetVerplicht(ik, organisatie, verplicht);
        meldingen.gelukt(redirect, verplicht ? "beheer.tweestap.verplicht.gelukt" : "beheer.tweestap.vrij.gelukt");
        redirect.addAttribute("organisatie", organisatie);
        return "redirect:/beheer/medewerkers";
    }

    /** Resets a medewerker's two-factor login (lost phone): they enrol again at their next login if required. */
    @PostMapping("/{id}/tweestap/herstellen")
    String herstelTweestap(@Ingelogd Medewerker ik, @PathVariable UUID id, RedirectAttributes redirect) {
        Medewerker m = organisaties.medewerker(id).orElseThrow(NietGevonden::new);
        tweestap.herstel(ik, id);
        meldingen.gelukt(redirect, "beheer.tweestap.hersteld", m.naam());
        redirect.addAttribute("organisatie", m.organisatieId());
        return "redirect:/beheer/medewerkers";
    }

    /** Lifts the login block of a medewerker who typed a wrong password too often. */
    @PostMapping("/{id}/ontgrendelen")
    String ontgrendel(@Ingelogd Medewerker ik, @PathVariable UUID id, RedirectAttributes redirect) {
        Medewerker m = blokkades.ontgrendel(ik, id);
        meldingen.gelukt(redirect, "beheer.inloggen.ontgrendeld", m.naam());
        redirect.addAttribute("organisatie", m.organisatieId());
        return "redirect:/beheer/medewerkers";
    }

    private String toon(Medewerker ik, @Nullable UUID organisatie, Model model) {
        List<Gemeente> gemeenten = organisaties.gemeenten();
        List<Uitvoerder> uitvoerders = organisaties.uitvoerders();
        Map<UUID, List<Team>> teams = organisaties.alleTeams().stream()
            .collect(Collectors.groupingBy(Team::uitvoerderId));
        model.addAttribute("organisatieKeuzes", keuzes.organisaties(gemeenten, uitvoerders));
        model.addAttribute("rolKeuzes", keuzes.rollen());
        model.addAttribute("teamGroepen", uitvoerders.stream()
            .filter(u -> teams.containsKey(u.id()))
            .map(u -> new TeamGroep(u, teams.get(u.id())))
            .toList());
        model.addAttribute("gekozen", organisatie);
        model.addAttribute("medewerkers", organisatie == null ? List.of() : regels(ik, organisatie));
        model.addAttribute("tweestapVerplicht", organisatie != null && tweestap.verplicht(organisatie));
        BeheerFormulieren.formAlsNodig(model, "medewerkerForm", () -> MedewerkerForm.leeg(organisatie));
        return PAGINA;
    }

    private List<MedewerkerRegel> regels(Medewerker ik, UUID organisatie) {
        Map<UUID, MedewerkerOverzicht> overzicht = organisaties.medewerkerOverzichtVan(ik, organisatie).stream()
            .collect(Collectors.toMap(MedewerkerOverzicht::id, Function.identity()));
        List<Medewerker> medewerkers = organisaties.medewerkersVan(ik, organisatie);
        java.util.Set<UUID> ingesteld = tweestap.ingesteld(medewerkers.stream().map(Medewerker::id).toList());
        java.util.Set<UUID> geblokkeerd = blokkades.geblokkeerd(ik, medewerkers);
        return medewerkers.stream()
            .map(m -> {
                MedewerkerOverzicht o = overzicht.get(m.id());
                return new MedewerkerRegel(m.id(), m.naam(), m.gebruikersnaam(), m.rol(), o == null ? null : o.fte(),
                        o == null ? "" : o.teams(), ingesteld.contains(m.id()), geblokkeerd.contains(m.id()));
            })
            .toList();
    }
}
