package nl.wegwijs.intake.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.intake.BredeIntake;
import nl.wegwijs.intake.DigitaleVaardigheid;
import nl.wegwijs.intake.IntakeService;
import nl.wegwijs.intake.Opleidingsniveau;
import nl.wegwijs.intake.SignaalBron;
import nl.wegwijs.intake.Tolk;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.Meldingen;

/**
 * The brede intake screens: a household's persons with their intake status (also the htmx content of the household
 * file's section), and per person the form (regievoerder) or the findings read-only (guides, without health). The
 * form posts the version it was rendered with; a stale one shows the intake as it now stands with a clear message.
 */
@Controller
class IntakeController {

    private final IntakeService intakes;
    private final Meldingen meldingen;
    private final Clock clock;

    IntakeController(IntakeService intakes, Meldingen meldingen, Clock clock) {
        this.intakes = intakes;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/huishoudens/{id}/intake")
    String overzicht(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        IntakeService.IntakesVanHuishouden o = intakes.overzicht(ik, id);
        model.addAttribute("o", o);
        model.addAttribute("h", o.huishouden());
        return htmx != null ? "intake/pagina :: inhoud" : "intake/pagina";
    }

    @GetMapping("/huishoudens/{id}/intake/{persoon}")
    String intake(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon, Model model) {
        IntakeService.IntakeVanPersoon i = intakes.intake(ik, id, persoon);
        if (!model.containsAttribute("intake") && i.magVastleggen()) {
            BredeIntake b = i.intake();
            model.addAttribute("intake", b == null ? IntakeForm.nieuw(i.persoon(), LocalDate.now(clock))
                    : IntakeForm.van(b));
        }
        return formulier(i, model);
    }

    @PostMapping("/huishoudens/{id}/intake/{persoon}")
    String legVast(@Ingelogd Medewerker ik, @PathVariable HuishoudenId id, @PathVariable UUID persoon,
            @Valid @ModelAttribute("intake") IntakeForm form, BindingResult fouten, Model model,
            RedirectAttributes redirect) {
        if (!fouten.hasErrors()) {
            try {
                intakes.legVast(ik, id, persoon, form.getVersie(), form.toGegevens());
                meldingen.gelukt(redirect, "intake.opgeslagen");
                return "redirect:/huishoudens/" + id + "/intake";
            }
            catch (GelijktijdigGewijzigd fout) {
                meldingen.mislukt(redirect, fout);
                return "redirect:/huishoudens/" + id + "/intake/" + persoon;
            }
            catch (DomeinFout fout) {
                String veld = IntakeForm.VELDEN.get(fout.code());
                if (veld != null) {
                    fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
                }
                else {
                    model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
                }
            }
        }
        form.vulAan();
        return formulier(intakes.intake(ik, id, persoon), model);
    }

    private String formulier(IntakeService.IntakeVanPersoon i, Model model) {
        model.addAttribute("i", i);
        model.addAttribute("h", i.huishouden());
        model.addAttribute("tolken", meldingen.opties(Tolk.values(), "intake.tolk."));
        model.addAttribute("niveaus", meldingen.opties(Opleidingsniveau.values(), "intake.opleidingsniveau."));
        model.addAttribute("geletterdheden", meldingen.opties(Geletterdheid.values(), "intake.geletterdheid."));
        model.addAttribute("digitaal", meldingen.opties(DigitaleVaardigheid.values(), "intake.digitaal."));
        model.addAttribute("bronnen", meldingen.opties(SignaalBron.values(), "intake.bron."));
        return "intake/persoon";
    }
}
