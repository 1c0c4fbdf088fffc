package nl.wegwijs.organisatie.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new gemeente: its name and CBS code (GM and four digits, e.g. GM0363 for Amsterdam). */
record GemeenteForm(
        @NotBlank(message = "{beheer.gemeente.naam.leeg}") @Size(max = 100, message = "{beheer.naam.lang}")
        @Nullable String gemeenteNaam,
        @NotBlank(message = "{beheer.gemeente.cbs.leeg}")
        @Pattern(regexp = "^\\s*[Gg][Mm][0-9]{4}\\s*$", message = "{beheer.gemeente.cbs.formaat}")
        @Nullable String cbsCode) {

    static GemeenteForm leeg() {
        return new GemeenteForm(null, null);
    }
}
