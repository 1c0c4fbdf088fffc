package nl.wegwijs.werklijst.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.werklijst.WerklijstTelling;

/** A page of the worklist, the URL of the next page, and the counts on top of the page. */
@Schema(description = "Een pagina van de werklijst met de tellingen erboven.")
record WerklijstPaginaResource(
        @Schema(description = "de huishoudens van deze pagina, meest dringend eerst") List<WerklijstRegelResource> items,
        @Schema(description = "adres van de volgende pagina; leeg op de laatste",
                example = "https://wegwijs.example/api/v1/werklijst?aantal=25&na=2026-03-01_3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01")
        @Nullable String volgende,
        @Schema(description = "tellingen over alle huishoudens van de lijst met dezelfde filters, behalve aandacht")
        TellingResource telling) {

    @Schema(description = "Tellingen van huishoudens, niet van taken.")
    record TellingResource(@Schema(description = "huishoudens in de lijst", example = "42") int totaal,
            @Schema(description = "het eerste dat aan de beurt is, is te laat", example = "5") int teLaat,
            @Schema(description = "het eerste valt in de komende zeven dagen", example = "8") int binnenkort,
            @Schema(description = "met ten minste één open signaal", example = "2") int signalen,
            @Schema(description = "lopend en over de contactnorm, of nog zonder contact", example = "3")
            int zonderContact) {

        static TellingResource van(WerklijstTelling t) {
            return new TellingResource(t.totaal(), t.teLaat(), t.binnenkort(), t.signalen(), t.zonderContact());
        }
    }
}
