package nl.wegwijs.organisatie.web;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.organisatie.Contract;
import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.FaseNorm;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * A contract's versions of the voorwaarden, a form for a new version from a date (existing versions are never
 * edited), and the end of the contract.
 */
@Controller
@RequestMapping("/beheer/contracten/{id}")
class ContractController {

    private static final String PAGINA = "beheer/contract";

    private final OrganisatieService organisaties;
    private final Keuzes keuzes;
    private final Meldingen meldingen;
    private final java.time.Clock clock;

    ContractController(OrganisatieService organisaties, Keuzes keuzes, Meldingen meldingen, java.time.Clock clock) {
        this.organisaties = organisaties;
        this.keuzes = keuzes;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping
    String contract(@PathVariable UUID id, Model model) {
        return toon(id, model);
    }

    @PostMapping("/voorwaarden")
    String nieuweVersie(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @ModelAttribute("voorwaardenForm") VoorwaardenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        List<FaseNorm> fasen = BeheerFormulieren.gebonden(result) ? form.controleer(result, "") : List.of();
        if (result.hasErrors()) {
            return toon(id, model);
        }
        try {
            organisaties.nieuweVoorwaarden(ik, form.toVoorwaarden(id, fasen));
        }
        catch (DomeinFout fout) {
            BeheerFormulieren.toon(result, fout);
            return toon(id, model);
        }
        meldingen.gelukt(redirect, "beheer.voorwaarden.toegevoegd",
                BeheerFormulieren.datum(Objects.requireNonNull(form.geldigVanaf())));
        return "redirect:/beheer/contracten/" + id;
    }

    /** The confirmation step before withdrawing a version that is not in force yet (works without JavaScript). */
    @GetMapping("/voorwaarden/{versie}/intrekken")
    String intrekkenBevestigen(@PathVariable UUID id, @PathVariable UUID versie, Model model,
            RedirectAttributes redirect) {
        Contract contract = organisaties.contract(id).orElseThrow(NietGevonden::new);
        ContractVoorwaarden v = organisaties.voorwaarden(id).stream().filter(r -> r.id().equals(versie)).findFirst()
            .orElseThrow(NietGevonden::new);
        if (!organisaties.intrekbaar(v.geldigVanaf())) {
            meldingen.mislukt(redirect, new DomeinFout("organisatie.versie.al-van-kracht",
                    BeheerFormulieren.datum(v.geldigVanaf())));
            return "redirect:/beheer/contracten/" + id;
        }
        model.addAttribute("voorwaarden", v);
        model.addAttribute("terug", "/beheer/contracten/" + id);
        model.addAttribute("naam", meldingen.tekst("beheer.contract.naam", contract.gemeenteNaam(),
                contract.uitvoerderNaam()));
        model.addAttribute("actie", "/beheer/contracten/" + id + "/voorwaarden/" + versie + "/intrekken");
        return "beheer/intrekken";
    }

    @PostMapping("/voorwaarden/{versie}/intrekken")
    String trekIn(@Ingelogd Medewerker ik, @PathVariable UUID id, @PathVariable UUID versie,
            RedirectAttributes redirect) {
        try {
            ContractVoorwaarden v = organisaties.trekVoorwaardenIn(ik, id, versie);
            meldingen.gelukt(redirect, "beheer.voorwaarden.ingetrokken", BeheerFormulieren.datum(v.geldigVanaf()));
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, BeheerFormulieren.leesbaar(fout));
        }
        return "redirect:/beheer/contracten/" + id;
    }

    @PostMapping("/einde")
    String beeindig(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @ModelAttribute("eindeForm") ContractEindeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return toon(id, model);
        }
        try {
            organisaties.beeindigContract(ik, id, Objects.requireNonNull(form.einde()));
        }
        catch (DomeinFout fout) {
            BeheerFormulieren.toon(result, fout);
            return toon(id, model);
        }
        meldingen.gelukt(redirect, "beheer.contract.beeindigd", BeheerFormulieren.datum(form.einde()));
        return "redirect:/beheer/contracten/" + id;
    }

    private String toon(UUID id, Model model) {
        Contract contract = organisaties.contract(id).orElseThrow(NietGevonden::new);
        List<ContractVoorwaarden> versies = organisaties.voorwaarden(id);
        model.addAttribute("contract", contract);
        model.addAttribute("versies", versies);
        model.addAttribute("startmomenten", keuzes.startmomenten());
        model.addAttribute("vandaag", java.time.LocalDate.now(clock));
        BeheerFormulieren.formAlsNodig(model, "voorwaardenForm",
                () -> VoorwaardenForm.vanaf(versies.isEmpty() ? null : versies.get(versies.size() - 1)));
        BeheerFormulieren.formAlsNodig(model, "eindeForm", ContractEindeForm::leeg);
        return PAGINA;
    }
}
