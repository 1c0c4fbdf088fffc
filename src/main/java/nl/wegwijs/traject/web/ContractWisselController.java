package nl.wegwijs.traject.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.TrajectService;

/**
 * A gemeente changes uitvoerder (Heerenveen 2024, Woerden 2025): the beheerder moves every running trajectory of a
 * contract to another contract of the same gemeente from a date. Each trajectory keeps its history under the old
 * contract. Here and not in organisatie, because organisatie may not depend on traject.
 */
@Controller
@RequestMapping("/beheer/contracten/{id}/overzetten")
class ContractWisselController {

    private static final String PAGINA = "beheer/contract-wissel";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final TrajectService trajecten;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;

    ContractWisselController(TrajectService trajecten, OrganisatieService organisaties, Meldingen meldingen) {
        this.trajecten = trajecten;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
    }

    /** The contract to move to and the first day under it. */
    record WisselForm(
            @NotNull(message = "{beheer.wissel.nieuwContract.leeg}") @Nullable UUID nieuwContract,
            @NotNull(message = "{beheer.wissel.per.leeg}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate per) {
    }

    @GetMapping
    String formulier(@PathVariable UUID id, Model model) {
        model.addAttribute("wisselForm", new WisselForm(null, null));
        return toon(id, model);
    }

    @PostMapping
    String zetOver(@Ingelogd Medewerker ik, @PathVariable UUID id,
            @Valid @ModelAttribute("wisselForm") WisselForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Contract oud = organisaties.contract(id).orElseThrow(NietGevonden::new);
        if (result.getTarget() != null && form.nieuwContract() != null && doelen(oud).stream().noneMatch(c -> c.id().equals(form.nieuwContract()))) {
            result.rejectValue("nieuwContract", "beheer.wissel.nieuwContract.leeg");
        }
        if (result.hasErrors()) {
            return toon(id, model);
        }
        UUID nieuw = Objects.requireNonNull(form.nieuwContract());
        LocalDate per = Objects.requireNonNull(form.per());
        try {
            int aantal = trajecten.wisselContract(ik, id, nieuw, per);
            Contract doel = organisaties.contract(nieuw).orElseThrow(NietGevonden::new);
            meldingen.gelukt(redirect, "beheer.wissel.gelukt", aantal, doel.uitvoerderNaam(), per.format(DATUM));
            return "redirect:/beheer/contracten/" + nieuw;
        }
        catch (DomeinFout fout) {
            result.reject(fout.code(), fout.argumenten(), fout.code());
            return toon(id, model);
        }
    }

    private String toon(UUID id, Model model) {
        Contract oud = organisaties.contract(id).orElseThrow(NietGevonden::new);
        List<Keuze> keuzes = new ArrayList<>();
        keuzes.add(new Keuze("", meldingen.tekst("beheer.wissel.kies")));
        doelen(oud).forEach(c -> keuzes.add(new Keuze(c.id().toString(), meldingen.tekst("beheer.wissel.optie",
                c.uitvoerderNaam(), c.ingang().format(DATUM),
                c.einde() == null ? meldingen.tekst("beheer.contract.lopend") : c.einde().format(DATUM)))));
        model.addAttribute("contract", oud);
        model.addAttribute("contractKeuzes", keuzes);
        return PAGINA;
    }

    /** The other contracts of the same gemeente. */
    private List<Contract> doelen(Contract oud) {
        return organisaties.contractenVanGemeente(oud.gemeenteId()).stream()
            .filter(c -> !c.id().equals(oud.id()))
            .toList();
    }
}
