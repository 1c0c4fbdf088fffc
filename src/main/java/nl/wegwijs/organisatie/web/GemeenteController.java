package nl.wegwijs.organisatie.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.organisatie.Gemeente;
import nl.wegwijs.organisatie.GemeenteRegime;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/**
 * A gemeente's regime versions and taakstelling. A change is a new version from a date; the versions already there
 * are never edited, so deadlines computed under them stay as they were.
 */
@Controller
@RequestMapping("/beheer/gemeenten/{id}")
class GemeenteController {

    private static final String PAGINA = "beheer/gemeente";

    private final OrganisatieService organisaties;
    private final nl.wegwijs.organisatie.Bewaartermijnen bewaartermijnen;
    private final Meldingen meldingen;
    private final Clock clock;

    GemeenteController(OrganisatieService organisaties, nl.wegwijs.organisatie.Bewaartermijnen bewaartermijnen,
            Meldingen meldingen, Clock clock) {
        this.organisaties = organisaties;
        this.bewaartermijnen = bewaartermijnen;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping
    String gemeente(@PathVariable UUID id, Model model) {
        return toon(id, model);
    }

    @PostMapping("/versies")
    String nieuweVersie(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @ModelAttribute("regimeForm") GemeenteRegimeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return toon(id, model);
        }
        try {
            organisaties.nieuwGemeenteRegime(ik, id, Objects.requireNonNull(form.geldigVanaf()),
                    Objects.requireNonNull(form.pipWeken()), Objects.requireNonNull(form.ontzorgenMaanden()),
                    Objects.requireNonNull(form.inburgeringstermijnMaanden()));
        }
        catch (DomeinFout fout) {
            BeheerFormulieren.toon(result, fout);
            return toon(id, model);
        }
        meldingen.gelukt(redirect, "beheer.regime.toegevoegd", BeheerFormulieren.datum(form.geldigVanaf()));
        return "redirect:/beheer/gemeenten/" + id;
    }

    /** The confirmation step before withdrawing a version that is not in force yet (works without JavaScript). */
    @GetMapping("/versies/{versie}/intrekken")
    String intrekkenBevestigen(@PathVariable UUID id, @PathVariable UUID versie, Model model,
            RedirectAttributes redirect) {
        Gemeente gemeente = organisaties.gemeente(id).orElseThrow(NietGevonden::new);
        GemeenteRegime v = organisaties.gemeenteVersies(id).stream().filter(r -> r.id().equals(versie)).findFirst()
            .orElseThrow(NietGevonden::new);
        if (!organisaties.intrekbaar(v.geldigVanaf())) {
            meldingen.mislukt(redirect, new DomeinFout("organisatie.versie.al-van-kracht",
                    BeheerFormulieren.datum(v.geldigVanaf())));
            return "redirect:/beheer/gemeenten/" + id;
        }
        model.addAttribute("regime", v);
        model.addAttribute("terug", "/beheer/gemeenten/" + id);
        model.addAttribute("naam", gemeente.naam());
        model.addAttribute("actie", "/beheer/gemeenten/" + id + "/versies/" + versie + "/intrekken");
        return "beheer/intrekken";
    }

    @PostMapping("/versies/{versie}/intrekken")
    String trekIn(@Ingelogd Medewerker ik, @PathVariable UUID id, @PathVariable UUID versie,
            RedirectAttributes redirect) {
        try {
            GemeenteRegime v = organisaties.trekGemeenteRegimeIn(ik, id, versie);
            meldingen.gelukt(redirect, "beheer.regime.ingetrokken", BeheerFormulieren.datum(v.geldigVanaf()));
        }
        catch (DomeinFout fout) {
            meldingen.mislukt(redirect, BeheerFormulieren.leesbaar(fout));
        }
        return "redirect:/beheer/gemeenten/" + id;
    }

    @PostMapping("/taakstellingen")
    String zetTaakstelling(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @ModelAttribute("taakstellingForm") TaakstellingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return toon(id, model);
        }
        organisaties.gemeente(id).orElseThrow(NietGevonden::new);
        organisaties.zetTaakstelling(ik, id, Objects.requireNonNull(form.jaar()), Objects.requireNonNull(form.halfjaar()),
                Objects.requireNonNull(form.aantal()));
        meldingen.gelukt(redirect, "beheer.taakstelling.opgeslagen", form.halfjaar(), String.valueOf(form.jaar()));
        return "redirect:/beheer/gemeenten/" + id;
    }

    /** The retention period after a trajectory ended (issue 18). */
    @PostMapping("/bewaartermijn")
    String zetBewaartermijn(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @ModelAttribute("bewaartermijnForm") BewaartermijnForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return toon(id, model);
        }
        try {
            bewaartermijnen.zet(ik, id, Objects.requireNonNull(form.bewaartermijnMaanden()));
        }
        catch (DomeinFout fout) {
            BeheerFormulieren.toon(result, fout);
            return toon(id, model);
        }
        meldingen.gelukt(redirect, "beheer.bewaartermijn.opgeslagen", form.bewaartermijnMaanden());
        return "redirect:/beheer/gemeenten/" + id;
    }

    private String toon(UUID id, Model model) {
        Gemeente gemeente = organisaties.gemeente(id).orElseThrow(NietGevonden::new);
        LocalDate vandaag = LocalDate.now(clock);
        List<GemeenteRegime> versies = organisaties.gemeenteVersies(id);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("versies", versies);
        model.addAttribute("geldendeVersie", geldend(versies, vandaag));
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("taakstellingen", organisaties.taakstellingen(id));
        model.addAttribute("contracten", organisaties.contractenVanGemeente(id));
        BeheerFormulieren.formAlsNodig(model, "regimeForm",
                () -> GemeenteRegimeForm.vanaf(versies.isEmpty() ? null : versies.get(versies.size() - 1)));
        BeheerFormulieren.formAlsNodig(model, "taakstellingForm",
                () -> TaakstellingForm.leeg(vandaag.getYear(), vandaag.getMonthValue() <= 6 ? 1 : 2));
        int bewaartermijn = bewaartermijnen.maanden(id);
        model.addAttribute("bewaartermijn", bewaartermijn);
        BeheerFormulieren.formAlsNodig(model, "bewaartermijnForm", () -> new BewaartermijnForm(bewaartermijn));
        return PAGINA;
    }

    /** The version in force today: the latest that is already valid (versions come ordered by geldigVanaf). */
    private static @Nullable UUID geldend(List<GemeenteRegime> versies, LocalDate vandaag) {
        UUID geldend = null;
        for (GemeenteRegime v : versies) {
            if (!v.geldigVanaf().isAfter(vandaag)) {
                geldend = v.id();
            }
        }
        return geldend;
    }
}
