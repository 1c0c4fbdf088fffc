package nl.wegwijs.contact.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wegwijs.contact.Uren;
import nl.wegwijs.contact.UrenService;
import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.NietGevonden;

/** "Mijn uren" per month for the logged-in guide, and the hours per guide of the uitvoerder for its teamleider. */
@Controller
class UrenController {

    private final UrenService uren;
    private final Meldingen meldingen;
    private final Clock clock;

    UrenController(UrenService uren, Meldingen meldingen, Clock clock) {
        this.uren = uren;
        this.meldingen = meldingen;
        this.clock = clock;
    }

    @GetMapping("/uren")
    String mijnUren(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable Integer jaar, Model model) {
        if (ik.heeftRol(Rol.BEHEERDER, Rol.BELEID)) {
            throw new NietGevonden();
        }
        int huidig = LocalDate.now(clock).getYear();
        int j = jaar == null || jaar < 2000 || jaar > huidig ? huidig : jaar;
        List<Uren.Maand> maanden = uren.mijnUren(ik, j);
        model.addAttribute("jaar", j);
        model.addAttribute("vorigJaar", j - 1);
        model.addAttribute("volgendJaar", j < huidig ? j + 1 : null);
        model.addAttribute("maanden", maanden);
        model.addAttribute("totaal", new Uren.Maand(0, maanden.stream().mapToInt(Uren.Maand::contactMinuten).sum(),
                maanden.stream().mapToInt(Uren.Maand::contacten).sum(),
                maanden.stream().mapToInt(Uren.Maand::groepMinuten).sum(),
                maanden.stream().mapToInt(Uren.Maand::groepen).sum()));
        return "contact/uren";
    }

    @GetMapping("/uren/team")
    String teamUren(@Ingelogd Medewerker ik,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
            Model model) {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate v = van == null ? vandaag.withDayOfMonth(1) : van;
        LocalDate t = tot == null ? vandaag : tot;
        model.addAttribute("van", v);
        model.addAttribute("tot", t);
        try {
            List<Uren.Medewerker> rijen = uren.teamUren(ik, v, t);
            model.addAttribute("rijen", rijen);
            model.addAttribute("totaal", new Uren.Medewerker(ik.id(), "", null,
                    rijen.stream().mapToInt(Uren.Medewerker::contactMinuten).sum(),
                    rijen.stream().mapToInt(Uren.Medewerker::contacten).sum(),
                    rijen.stream().mapToInt(Uren.Medewerker::groepMinuten).sum(),
                    rijen.stream().mapToInt(Uren.Medewerker::groepen).sum()));
        }
        catch (DomeinFout fout) {
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
            model.addAttribute("rijen", List.of());
            model.addAttribute("totaal", null);
        }
        return "contact/teamuren";
    }
}
