package nl.wegwijs.contact.web;

import org.springframework.validation.BindingResult;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/** Shows a domain refusal at the form field it concerns, or above the form when it concerns none. */
final class Foutvelden {

    private Foutvelden() {
    }

    static void toon(BindingResult fouten, DomeinFout fout) {
        String veld = fout instanceof GelijktijdigGewijzigd ? null : veld(fout.code());
        if (veld == null) {
            fouten.reject(fout.code(), fout.argumenten(), fout.code());
        }
        else {
            fouten.rejectValue(veld, fout.code(), fout.argumenten(), fout.code());
        }
    }

    private static @org.jspecify.annotations.Nullable String veld(String code) {
        if (code.startsWith("contact.datum.") || code.startsWith("contact.groep.datum.")) {
            return "datum";
        }
        if (code.startsWith("contact.minuten.")) {
            return "minuten";
        }
        if (code.startsWith("contact.volgend.")) {
            return "volgendContact";
        }
        if (code.startsWith("contact.tolk.")) {
            return "tolkTaal";
        }
        if (code.startsWith("contact.persoon") || code.startsWith("contact.personen.")) {
            return "personen";
        }
        if (code.startsWith("contact.medewerker")) {
            return "medewerkers";
        }
        if (code.startsWith("contact.thema.")) {
            return "themas";
        }
        if (code.startsWith("contact.groep.titel.")) {
            return "titel";
        }
        if (code.startsWith("contact.groep.organisator.")) {
            return "organisator";
        }
        if (code.startsWith("contact.groep.gemeente.") || code.startsWith("contact.groep.uitvoerder.")) {
            return "contract";
        }
        return null;
    }
}
