package nl.wegwijs.huishouden.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenSelectie;

/**
 * A name search over households, in a body so that a name never stands in a URL (nor in a browser's history or a
 * server log): the name, the same filters as the list, and the page.
 */
@Schema(description = "Zoeken op naam, met dezelfde filters als de lijst van huishoudens.")
record HuishoudenZoekvraag(
        @Schema(description = "Een deel van de voor- of achternaam van iemand in het huishouden, minstens twee tekens; "
                + "hoofdletters tellen niet.", example = "hadd")
        @NotBlank @Size(min = 2, max = 100) String naam,
        @Schema(description = "Alleen huishoudens waarvan het traject een van deze statussen heeft.",
                example = "[\"ACTIEF\", \"VERLENGD\"]")
        @Nullable List<@NotBlank @Size(max = 20) String> status,
        @Schema(description = "Alleen huishoudens waarvan het traject in deze fase is (de code uit de voorwaarden).",
                example = "FASE2")
        @Nullable @Size(max = 40) String fase,
        @Schema(description = "Alleen huishoudens in deze gemeente (id).", example = "8a1f2c3d-4b5e-4f60-9a7b-8c9d0e1f2a3b")
        @Nullable UUID gemeente,
        @Schema(description = "Alleen huishoudens die deze uitvoerder begeleidt (id).",
                example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
        @Nullable UUID uitvoerder,
        @Schema(description = "Alleen huishoudens van dit team (id).", example = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60")
        @Nullable UUID team,
        @Schema(description = "Alleen huishoudens waaraan deze begeleider of vrijwilliger nu is toegewezen (id).",
                example = "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b")
        @Nullable UUID medewerker,
        @Schema(description = "Alleen huishoudens aangemeld op of na deze datum.", example = "2026-01-01")
        @Nullable LocalDate aangemeldVanaf,
        @Schema(description = "Alleen huishoudens aangemeld vóór deze datum (de datum zelf telt niet mee).",
                example = "2026-07-01")
        @Nullable LocalDate aangemeldTot,
        @Schema(description = "Het id van het laatste huishouden van de vorige pagina; leeg voor de eerste pagina. "
                + "U kunt ook de URL uit 'volgende' gebruiken, die dit als parameter na meegeeft.",
                example = "0b9d2f4e-7c1a-4e8b-9f3d-2a6c8e1b5d70")
        @Nullable UUID na,
        @Schema(description = "Hoeveel huishoudens per pagina, 1 tot en met 100; standaard 25.", example = "25")
        @Nullable @Min(1) @Max(100) Integer aantal) {

    HuishoudenSelectie selectie() {
        return new HuishoudenSelectie(status, fase, gemeente, uitvoerder, team, medewerker, aangemeldVanaf,
                aangemeldTot, naam);
    }
}
