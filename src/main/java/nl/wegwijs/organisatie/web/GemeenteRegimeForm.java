package nl.wegwijs.organisatie.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.organisatie.GemeenteRegime;

/** A new version of the gemeente's regime, valid from a date; earlier versions stay as they are. */
record GemeenteRegimeForm(
        @NotNull(message = "{beheer.versie.geldigVanaf.leeg}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate geldigVanaf,
        @NotNull(message = "{beheer.regime.pipWeken.leeg}")
        @Min(value = 1, message = "{beheer.regime.pipWeken.bereik}") @Max(value = 104, message = "{beheer.regime.pipWeken.bereik}")
        @Nullable Integer pipWeken,
        @NotNull(message = "{beheer.regime.ontzorgenMaanden.leeg}")
        @Min(value = 0, message = "{beheer.regime.ontzorgenMaanden.bereik}") @Max(value = 60, message = "{beheer.regime.ontzorgenMaanden.bereik}")
        @Nullable Integer ontzorgenMaanden,
        @NotNull(message = "{beheer.regime.inburgeringstermijnMaanden.leeg}")
        @Min(value = 1, message = "{beheer.regime.inburgeringstermijnMaanden.bereik}") @Max(value = 120, message = "{beheer.regime.inburgeringstermijnMaanden.bereik}")
        @Nullable Integer inburgeringstermijnMaanden) {

    /** A new version starts as a copy of the latest one, without a date. */
    static GemeenteRegimeForm vanaf(@Nullable GemeenteRegime laatste) {
        return laatste == null
                ? new GemeenteRegimeForm(null, GemeenteRegime.STANDAARD_PIP_WEKEN,
                        GemeenteRegime.STANDAARD_ONTZORGEN_MAANDEN, GemeenteRegime.STANDAARD_INBURGERINGSTERMIJN_MAANDEN)
                : new GemeenteRegimeForm(null, laatste.pipWeken(), laatste.ontzorgenMaanden(),
                        laatste.inburgeringstermijnMaanden());
    }
}
