package nl.wegwijs.signaal.web;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.Meldingen;

/**
 * Shows a domain refusal: next to its field when it concerns one; otherwise (e.g. not allowed, signal closed) as the
 * page's error message, above everything, since the form itself may not be shown.
 */
final class Afwijzing {

    private Afwijzing() {
    }

    static void op(BindingResult fouten, DomeinFout fout, Map<String, String> velden, Model model,
            Meldingen meldingen) {
        String veld = velden.get(fout.code());
        if (veld != null) {
            fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
        }
        else {
            model.addAttribute("fout", meldingen.tekst(fout.code(), fout.argumenten()));
        }
    }
}
