package nl.wegwijs.signaal.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.signaal.SignaalId;
import nl.wegwijs.signaal.SignaalService;

/**
 * "Open signalen": the open signals of the households the medewerker may see, most urgent first. The teamleider's
 * view of their uitvoerder, the regievoerder's of their gemeente, a guide's of their own households.
 */
@Controller
class OpenSignalenController {

    private final SignaalService signalen;
    private final Clock clock;

    OpenSignalenController(SignaalService signalen, Clock clock) {
        this.signalen = signalen;
        this.clock = clock;
    }

    @GetMapping("/signalen")
    String open(@Ingelogd Medewerker ik, @RequestParam(required = false) @Nullable SignaalId na, Model model) {
        model.addAttribute("pagina", signalen.open(ik, na, SignaalService.PAGINA));
        model.addAttribute("gepagineerd", na != null);
        model.addAttribute("vandaag", LocalDate.now(clock));
        model.addAttribute("zone", clock.getZone());
        return "signaal/overzicht";
    }
}
