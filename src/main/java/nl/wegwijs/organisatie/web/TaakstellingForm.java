package nl.wegwijs.organisatie.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** How many statushouders the gemeente must house in one half-year (a second entry replaces the first). */
record TaakstellingForm(
        @NotNull(message = "{beheer.taakstelling.jaar.leeg}")
        @Min(value = 2000, message = "{beheer.taakstelling.jaar.bereik}") @Max(value = 2100, message = "{beheer.taakstelling.jaar.bereik}")
        @Nullable Integer jaar,
        @NotNull(message = "{beheer.taakstelling.halfjaar.leeg}")
        @Min(value = 1, message = "{beheer.taakstelling.halfjaar.leeg}") @Max(value = 2, message = "{beheer.taakstelling.halfjaar.leeg}")
        @Nullable Integer halfjaar,
        @NotNull(message = "{beheer.taakstelling.aantal.leeg}")
        @Min(value = 0, message = "{beheer.taakstelling.aantal.bereik}") @Max(value = 100000, message = "{beheer.taakstelling.aantal.bereik}")
        @Nullable Integer aantal) {

    static TaakstellingForm leeg(int jaar, int halfjaar) {
        return new TaakstellingForm(jaar, halfjaar, null);
    }
}
