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

/**
 * A new service on a gemeente's sociale kaart. Only presence is checked here (400); the rules (lengths, e-mail,
 * telephone, website, waiting time, the organisation) are the service's (422), as in the form.
 */
@Schema(description = "Een nieuwe dienst op de sociale kaart van een gemeente")
record DienstRequest(
        @Schema(description = "id van de gemeente", example = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{socialekaart.api.gemeente.leeg}") @Nullable UUID gemeenteId,
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
        @Schema(description = "gebruikelijke wachttijd in weken, 0 tot en met 104", example = "2")
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
