package nl.wegwijs.organisatie.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wegwijs.organisatie.Ingelogd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.TweestapService;
import nl.wegwijs.system.Meldingen;
import nl.wegwijs.system.TweedeStap;

/**
 * Two-factor login for the medewerker themselves: the code step after the password, and enrolment (QR code or typed
 * secret, confirmed with a first code). The enrolment's secret waits, encrypted, in the session until confirmed.
 */
@Controller
class TweestapController {

    /** After this many wrong codes the login attempt ends. */
    static final int MAX_POGINGEN = 5;

    private static final String NIEUW_GEHEIM = "wegwijs.tweestap.nieuw";
    private static final String POGINGEN = "wegwijs.tweestap.pogingen";

    private final TweestapService tweestap;
    private final Meldingen meldingen;

    TweestapController(TweestapService tweestap, Meldingen meldingen) {
        this.tweestap = tweestap;
        this.meldingen = meldingen;
    }

    @GetMapping(TweedeStap.CODE)
    String codeStap(HttpServletRequest request) {
        if (!TweedeStap.CODE.equals(TweedeStap.open(request))) {
            return "redirect:/";
        }
        return "account/code";
    }

    @PostMapping(TweedeStap.CODE)
    String controleerCode(@Ingelogd Medewerker ik, @RequestParam(defaultValue = "") String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!TweedeStap.CODE.equals(TweedeStap.open(request))) {
            return "redirect:/";
        }
        if (tweestap.controleer(ik, code)) {
            request.getSession().removeAttribute(POGINGEN);
            TweedeStap.voltooid(request);
            return "redirect:/";
        }
        HttpSession sessie = request.getSession();
        Integer eerder = (Integer) sessie.getAttribute(POGINGEN);
        int pogingen = (eerder == null ? 0 : eerder) + 1;
        if (pogingen >= MAX_POGINGEN) {
            new SecurityContextLogoutHandler().logout(request, response,
                    SecurityContextHolder.getContext().getAuthentication());
            return "redirect:/login?geblokkeerd";
        }
        sessie.setAttribute(POGINGEN, pogingen);
        model.addAttribute("codeFout", meldingen.tekst("tweestap.code.fout", MAX_POGINGEN - pogingen));
        return "account/code";
    }

    @GetMapping(TweedeStap.INSTELLEN)
    String instellen(@Ingelogd Medewerker ik, HttpServletRequest request, Model model) {
        return toon(ik, request, model);
    }

    @PostMapping(TweedeStap.INSTELLEN)
    String bevestig(@Ingelogd Medewerker ik, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        String versleuteld = (String) request.getSession().getAttribute(NIEUW_GEHEIM);
        if (versleuteld == null || tweestap.ingesteld(ik.id())) {
            return "redirect:" + TweedeStap.INSTELLEN;
        }
        if (!tweestap.stelIn(ik, tweestap.ontsleutel(versleuteld), code)) {
            model.addAttribute("codeFout", meldingen.tekst("tweestap.instellen.fout"));
            return toon(ik, request, model);
        }
        request.getSession().removeAttribute(NIEUW_GEHEIM);
        meldingen.gelukt(redirect, "tweestap.instellen.gelukt");
        if (TweedeStap.INSTELLEN.equals(TweedeStap.open(request))) {
            TweedeStap.voltooid(request);
            return "redirect:/";
        }
        return "redirect:" + TweedeStap.INSTELLEN;
    }

    private String toon(Medewerker ik, HttpServletRequest request, Model model) {
        boolean ingesteld = tweestap.ingesteld(ik.id());
        model.addAttribute("ingesteld", ingesteld);
        model.addAttribute("verplicht", tweestap.verplicht(ik.organisatieId()));
        model.addAttribute("moetNu", TweedeStap.INSTELLEN.equals(TweedeStap.open(request)));
        if (!ingesteld) {
            HttpSession sessie = request.getSession();
            @Nullable String versleuteld = (String) sessie.getAttribute(NIEUW_GEHEIM);
            TweestapService.Inschrijving inschrijving;
            if (versleuteld == null) {
                inschrijving = tweestap.nieuweInschrijving(ik);
                sessie.setAttribute(NIEUW_GEHEIM, tweestap.versleutel(inschrijving.geheim()));
            }
            else {
                inschrijving = tweestap.inschrijving(ik, tweestap.ontsleutel(Objects.requireNonNull(versleuteld)));
            }
            model.addAttribute("qr", QrCode.svgDataUri(inschrijving.uri()));
            model.addAttribute("geheim", inGroepen(inschrijving.geheim()));
        }
        return "account/tweestap";
    }

    /** The secret in groups of four, easier to type over. */
    static String inGroepen(String geheim) {
        return geheim.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
