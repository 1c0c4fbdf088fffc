package nl.wegwijs.socialekaart.api;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;

/** A service's data as a whole (PUT), with the version last read; the gemeente does not change. */
@Schema(description = "De gegevens van een dienst, met de versie die u het laatst las")
record DienstWijziging(
        @Schema(description = "de versie die u het laatst las", example = "1",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{socialekaart.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "naam, tot 200 tekens", example = "Sociaal wijkteam Centrum",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{socialekaart.api.naam.leeg}") @Nullable String naam,
        @Schema(description = "soort dienst", example = "SOCIAAL_WIJKTEAM", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{socialekaart.api.soort.leeg}") @Nullable Dienstsoort soort,
        @Schema(description = "telefoon", example = "070 555 0101") @Nullable String telefoon,
        @Schema(description = "e-mail", example = "wijkteam@voorbeeld.example") @Nullable String email,
        @Schema(description = "adres, tot 300 tekens", example = "Lindelaan 4, Testdorp") @Nullable String adres,
        @Schema(description = "website (https:// of http://)", example = "https://wijkteam.voorbeeld.example")
        @Nullable String website,
        @Schema(description = "talen die er gesproken worden, tot 30", example = "[\"Nederlands\", \"Arabisch\"]")
        @Nullable List<String> talen,
        @Schema(description = "gebruikelijke wachttijd in weken, 0 tot en met 104", example = "3")
        @Nullable Integer wachttijdWeken,
        @Schema(description = "hoe u verwijst, tot 2000 tekens", example = "Bel het spreekuur, of verwijs in Wegwijs.")
        @Nullable String verwijzen,
        @Schema(description = "de organisatie in Wegwijs die verwijzingen ontvangt: de gemeente zelf (haar "
                + "wijkteam); leeg: geen", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")
        @Nullable UUID organisatieId) {

    /** Only after validation. */
    DienstGegevens toGegevens() {
        List<String> t = talen == null ? List.of() : talen.stream().filter(Objects::nonNull).toList();
        return new DienstGegevens(Objects.requireNonNull(naam), Objects.requireNonNull(soort), telefoon, email, adres,
                website, t, wachttijdWeken, verwijzen, organisatieId);
    }
}
