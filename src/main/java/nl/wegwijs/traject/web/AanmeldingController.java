package nl.wegwijs.traject.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.BekendePersoon;
import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Keuze;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

/**
 * Aanmelding: the gemeente's regievoerder (or the uitvoerder itself) registers a household for guidance. Before it
 * registers, it checks whether a V-number or BSN entered already belongs to a person in Wegwijs: then the form comes
 * back with a warning (linking to that file when the user may see it, saying nothing about who or where otherwise) and
 * the user may deliberately choose "toch aanmelden" for a truly different case, such as a move to another gemeente.
 */
@Controller
class AanmeldingController {

    private final TrajectService trajecten;
    private final HuishoudenService huishoudens;
    private final OrganisatieService organisaties;
    private final Meldingen meldingen;
    private final Clock clock;

    AanmeldingController(TrajectService trajecten, HuishoudenService huishoudens, OrganisatieService organisaties,
            Meldingen meldingen, Clock clock) {
        this.trajecten = trajecten;
        this.huishoudens = huishoudens;
        this.organisaties = organisaties;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/nieuw")
    String nieuw(@Ingelogd Medewerker ik, Model model) {
        vereisAanmelder(ik);
        AanmeldingForm form = new AanmeldingForm();
        List<Keuze> contracten = contracten(ik);
        if (contracten.size() == 2) {
            form.setContract(java.util.UUID.fromString(contracten.get(1).waarde()));
        }
        model.addAttribute("aanmelding", form);
        return formulier(ik, model);
    }

    @PostMapping("/huishoudens/nieuw")
    String meldAan(@Ingelogd Medewerker ik, @Valid @ModelAttribute("aanmelding") AanmeldingForm form,
            BindingResult fouten, Model model, RedirectAttributes redirect) {
        vereisAanmelder(ik);
        if (form.ingevuld().isEmpty()) {
            fouten.reject("huishouden.personen.leeg");
        }
        if (fouten.hasErrors()) {
            return formulier(ik, model);
        }
        if (!form.isTochAanmelden()) {
            List<BekendePersoon> bekend = huishoudens.bekend(ik,
                    form.ingevuld().stream().map(PersoonRegel::getVnummer).filter(Objects::nonNull).toList(),
                    form.ingevuld().stream().map(PersoonRegel::getBsn).filter(Objects::nonNull).toList());
            if (!bekend.isEmpty()) {
                model.addAttribute("bekend", bekend);
                model.addAttribute("bekendBsn", bekend.stream().anyMatch(b -> BekendePersoon.BSN.equals(b.soort())));
                return formulier(ik, model);
            }
        }
        try {
            Traject t = trajecten.meldAan(ik, new Aanmelding(form.getContract(),
                    new Adres(form.getStraat(), form.getHuisnummer(), form.getPostcode(), form.getWoonplaats()),
                    new HuishoudenDatums(form.getKoppeling(), form.getHuisvesting(), form.getRegeldag(),
                            form.getVerhuizing()),
                    form.getHerkomstLocatie(),
                    form.ingevuld().stream().map(PersoonRegel::toNieuwePersoon).toList(), form.getAangemeldOp()));
            meldingen.gelukt(redirect, "traject.aanmelding.gelukt");
            return "redirect:/huishoudens/" + t.huishouden();
        }
        catch (DomeinFout fout) {
            fouten.reject(fout.code(), fout.argumenten(), fout.code());
            return formulier(ik, model);
        }
    }

    private String formulier(Medewerker ik, Model model) {
        model.addAttribute("contracten", contracten(ik));
        model.addAttribute("rollen", meldingen.opties(PersoonRol.values(), "huishouden.rol."));
        model.addAttribute("geslachten", meldingen.opties(Geslacht.values(), "huishouden.geslacht."));
        model.addAttribute("statussen", meldingen.opties(Verblijfsstatus.values(), "huishouden.status."));
        model.addAttribute("geletterdheden", meldingen.opties(Geletterdheid.values(), "huishouden.geletterdheid."));
        return "traject/aanmelding";
    }

    private List<Keuze> contracten(Medewerker ik) {
        List<Keuze> keuzes = new ArrayList<>();
        keuzes.add(new Keuze("", meldingen.tekst("traject.aanmelding.kies-contract")));
        organisaties.contractenVoorAanmelding(ik, LocalDate.now(clock))
            .forEach(c -> keuzes.add(new Keuze(c.id().toString(), c.gemeenteNaam() + " – " + c.uitvoerderNaam())));
        return keuzes;
    }


    private static void vereisAanmelder(Medewerker ik) {
        if (!ik.rol().magAanmelden()) {
            throw new NietGevonden();
        }
    }
}
