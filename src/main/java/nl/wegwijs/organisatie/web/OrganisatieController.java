package nl.wegwijs.organisatie.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Team;
import nl.wegwijs.organisatie.Uitvoerder;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;

/**
 * The beheerder's overview of gemeenten, uitvoerders with their teams, and contracts, with the forms that add them.
 * A failing form is shown again on the overview with its errors; the other forms start empty.
 */
@Controller
@RequestMapping("/beheer")
public class OrganisatieController {

    private static final String PAGINA = "beheer/organisaties";
    private static final String TERUG = "redirect:/beheer/organisaties";

    private final OrganisatieService organisaties;
    private final Keuzes keuzes;
    private final Meldingen meldingen;

    OrganisatieController(OrganisatieService organisaties, Keuzes keuzes, Meldingen meldingen) {
        this.organisaties = organisaties;
        this.keuzes = keuzes;
        this.meldingen = meldingen;
    }

    /**
     * One uitvoerder on the overview: the gemeente it is (if any), its teams, and whether its volunteers see BSN and
     * V-nummer.
     */
    public record UitvoerderRegel(Uitvoerder uitvoerder, @Nullable String gemeenteNaam, List<Team> teams,
            boolean vrijwilligerIdentificatie) {
    }

    @GetMapping("/organisaties")
    String overzicht(Model model) {
        return toon(model);
    }

    @PostMapping("/gemeenten")
    String voegGemeenteToe(@Ingelogd Medewerker ik, @Valid @ModelAttribute("gemeenteForm") GemeenteForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        String cbsCode = Objects.requireNonNullElse(form.cbsCode(), "").strip().toUpperCase(Locale.ROOT);
        if (!result.hasErrors()
                && organisaties.gemeenten().stream().anyMatch(g -> g.cbsCode().equals(cbsCode))) {
            result.rejectValue("cbsCode", "beheer.gemeente.cbs.bestaat");
        }
        if (result.hasErrors()) {
            return toon(model);
        }
        try {
            Gemeente gemeente = organisaties.voegGemeenteToe(ik, Objects.requireNonNull(form.gemeenteNaam()), cbsCode);
            meldingen.gelukt(redirect, "beheer.gemeente.toegevoegd", gemeente.naam());
            return TERUG;
        }
        catch (DuplicateKeyException e) {
            result.rejectValue("cbsCode", "beheer.gemeente.cbs.bestaat");
            return toon(model);
        }
    }

    @PostMapping("/uitvoerders")
    String voegUitvoerderToe(@Ingelogd Medewerker ik, @Valid @ModelAttribute("uitvoerderForm") UitvoerderForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (BeheerFormulieren.gebonden(result)) {
            form.controleer(result);
        }
        if (result.hasErrors()) {
            return toon(model);
        }
        Uitvoerder uitvoerder = organisaties.voegUitvoerderToe(ik, Objects.requireNonNull(form.uitvoerderNaam()),
                form.gemeente());
        meldingen.gelukt(redirect, "beheer.uitvoerder.toegevoegd", uitvoerder.naam());
        return TERUG;
    }

    @PostMapping("/teams")
    String voegTeamToe(@Ingelogd Medewerker ik, @Valid @ModelAttribute("teamForm") TeamForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && organisaties.teams(Objects.requireNonNull(form.teamUitvoerder())).stream()
            .anyMatch(t -> t.naam().equalsIgnoreCase(Objects.requireNonNull(form.teamNaam()).strip()))) {
            result.rejectValue("teamNaam", "beheer.team.naam.bestaat");
        }
        if (result.hasErrors()) {
            return toon(model);
        }
        try {
            Team team = organisaties.voegTeamToe(ik, Objects.requireNonNull(form.teamUitvoerder()),
                    Objects.requireNonNull(form.teamNaam()));
            meldingen.gelukt(redirect, "beheer.team.toegevoegd", team.naam());
            return TERUG;
        }
        catch (DuplicateKeyException e) {
            result.rejectValue("teamNaam", "beheer.team.naam.bestaat");
            return toon(model);
        }
    }

    @PostMapping("/contracten")
    String sluitContract(@Ingelogd Medewerker ik, @Valid @ModelAttribute("contractForm") ContractForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        VoorwaardenForm voorwaarden = form.voorwaarden();
        if (voorwaarden == null) {
            // a post without the voorwaarden part (not from our form): the form cannot show errors on absent fields
            meldingen.mislukt(redirect, new DomeinFout("beheer.contract.voorwaarden.leeg"));
            return "redirect:/beheer/organisaties";
        }
        List<FaseNorm> fasen = voorwaarden == null || !BeheerFormulieren.gebonden(result) ? List.of()
                : voorwaarden.controleer(result, "voorwaarden.");
        if (voorwaarden == null || result.hasErrors()) {
            return toon(model);
        }
        try {
            Contract contract = organisaties.sluitContract(ik, Objects.requireNonNull(form.contractGemeente()),
                    Objects.requireNonNull(form.contractUitvoerder()), Objects.requireNonNull(form.peildatum()),
                    Objects.requireNonNull(form.ingang()), voorwaarden.toVoorwaarden(UUID.randomUUID(), fasen));
            meldingen.gelukt(redirect, "beheer.contract.gesloten", contract.gemeenteNaam(), contract.uitvoerderNaam());
            return "redirect:/beheer/contracten/" + contract.id();
        }
        catch (DomeinFout fout) {
            BeheerFormulieren.toon(result, fout);
            return toon(model);
        }
    }

    private String toon(Model model) {
        List<Gemeente> gemeenten = organisaties.gemeenten();
        List<Uitvoerder> uitvoerders = organisaties.uitvoerders();
        Map<UUID, String> gemeenteNamen = gemeenten.stream().collect(Collectors.toMap(Gemeente::id, Gemeente::naam));
        Map<UUID, List<Team>> teams = organisaties.alleTeams().stream()
            .collect(Collectors.groupingBy(Team::uitvoerderId));
        java.util.Set<UUID> identificatie = organisaties.uitvoerdersMetVrijwilligerIdentificatie();
        model.addAttribute("gemeenten", gemeenten);
        model.addAttribute("uitvoerders", uitvoerders.stream()
            .map(u -> new UitvoerderRegel(u, u.gemeenteId() == null ? null : gemeenteNamen.get(u.gemeenteId()),
                    teams.getOrDefault(u.id(), List.of()), identificatie.contains(u.id())))
            .toList());
        model.addAttribute("contracten", organisaties.contracten());
        model.addAttribute("gemeenteKeuzes", keuzes.gemeenten(gemeenten));
        model.addAttribute("uitvoerderKeuzes", keuzes.uitvoerders(uitvoerders));
        model.addAttribute("startmomenten", keuzes.startmomenten());
        BeheerFormulieren.formAlsNodig(model, "gemeenteForm", GemeenteForm::leeg);
        BeheerFormulieren.formAlsNodig(model, "uitvoerderForm", UitvoerderForm::leeg);
        BeheerFormulieren.formAlsNodig(model, "teamForm", TeamForm::leeg);
        BeheerFormulieren.formAlsNodig(model, "contractForm", ContractForm::leeg);
        return PAGINA;
    }
}
