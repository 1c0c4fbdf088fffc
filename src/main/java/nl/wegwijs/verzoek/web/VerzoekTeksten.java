package nl.wegwijs.verzoek.web;

import static nl.wegwijs.system.Templates.t;

import nl.wegwijs.verzoek.Verzoek;
import nl.wegwijs.verzoek.VerzoekSoort;

/** What the templates say of a request. */
public final class VerzoekTeksten {

    private VerzoekTeksten() {
    }

    /** "Verlenging met 6 maanden" or the product asked for (its own name, or the product's label). */
    public static String wat(Verzoek r) {
        if (r.soort() == VerzoekSoort.VERLENGING) {
            return t("verzoek.wat.verlenging", r.maanden());
        }
        return t("verzoek.wat.product", r.productNaam() != null ? r.productNaam() : t("verzoek.product." + r.product()));
    }
}
