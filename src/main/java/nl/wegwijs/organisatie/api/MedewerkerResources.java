package nl.wegwijs.organisatie.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;

/** The request and response bodies of the medewerkers API. */
final class MedewerkerResources {

    private MedewerkerResources() {
    }

    @Schema(name = "Medewerker", description = "Een medewerker van een gemeente of uitvoerder, met rol en teams.")
    record MedewerkerResource(
            @Schema(description = "id van de medewerker", example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8") UUID id,
            @Schema(description = "naam", example = "Sanne de Vries") String naam,
            @Schema(description = "gebruikersnaam om in te loggen", example = "sdevries") String gebruikersnaam,
            @Schema(description = "rol", example = "BEGELEIDER") Rol rol,
            @Schema(description = "de gemeente of uitvoerder", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8")
            UUID organisatie,
            @Schema(description = "FTE van betaalde begeleiders; anders leeg", example = "0.80", nullable = true)
            @Nullable BigDecimal fte,
            @Schema(description = "namen van de teams, met komma's", example = "Team A, Team B") String teams,
            @Schema(description = "heeft tweestapsverificatie ingesteld", example = "true") boolean tweestap,
            @Schema(description = "het inloggen is nu geblokkeerd (te vaak een verkeerd wachtwoord); opheffen met "
                    + "POST /medewerkers/{id}/ontgrendeling", example = "false",
                    accessMode = Schema.AccessMode.READ_ONLY)
            boolean geblokkeerd) {
    }

    @Schema(name = "NieuweMedewerker", description = "Een nieuwe medewerker met een eerste wachtwoord.")
    record MedewerkerRequest(
            @Schema(description = "gebruikersnaam: kleine letters, cijfers, punt, - of _, 3 tot 50 tekens",
                    example = "sdevries", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.medewerker.gebruikersnaam.leeg}")
            @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,49}$", message = "{beheer.medewerker.gebruikersnaam.formaat}")
            @Nullable String gebruikersnaam,
            @Schema(description = "naam, hoogstens 100 tekens", example = "Sanne de Vries",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.medewerker.naam.leeg}") @Size(max = 100, message = "{beheer.naam.lang}")
            @Nullable String naam,
            @Schema(description = "rol; gemeenterollen bij een gemeente, uitvoerderrollen bij een uitvoerder",
                    example = "BEGELEIDER", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.medewerker.rol.leeg}") @Nullable Rol rol,
            @Schema(description = "de gemeente of uitvoerder", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{beheer.medewerker.organisatie.leeg}") @Nullable UUID organisatie,
            @Schema(description = "FTE, 0.01 tot en met 1.50; nodig voor teamleider en begeleider, niet voor een "
                    + "vrijwilliger", example = "0.80", nullable = true)
            @DecimalMin(value = "0.01", message = "{beheer.medewerker.fte.bereik}")
            @DecimalMax(value = "1.50", message = "{beheer.medewerker.fte.bereik}")
            @Digits(integer = 1, fraction = 2, message = "{beheer.medewerker.fte.bereik}") @Nullable BigDecimal fte,
            @Schema(description = "teams van de eigen uitvoerder", nullable = true)
            @Size(max = 50, message = "{beheer.tekst.lang}") @Nullable List<UUID> teams,
            @Schema(description = "eerste wachtwoord, 12 tot 128 tekens", example = "een-lang-wachtwoord-2027",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.medewerker.wachtwoord.leeg}")
            @Size(min = 12, max = 128, message = "{beheer.medewerker.wachtwoord.lengte}") @Nullable String wachtwoord) {

        List<UUID> gekozenTeams() {
            return teams == null ? List.of() : teams;
        }
    }

    @Schema(name = "MedewerkerZoekvraag", description = "Zoeken op (een deel van) de naam; niet in de URL.")
    record ZoekRequest(
            @Schema(description = "(een deel van) de naam, 2 tot 100 tekens", example = "de Vries",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "{beheer.medewerker.naam.leeg}")
            @Size(min = 2, max = 100, message = "{beheer.naam.lang}") @Nullable String naam) {
    }

    @Schema(name = "MedewerkerTreffer", description = "Een medewerker die bij de zoekvraag past.")
    record TrefferResource(
            @Schema(description = "id", example = "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8") UUID id,
            @Schema(description = "naam", example = "Sanne de Vries") String naam,
            @Schema(description = "gebruikersnaam", example = "sdevries") String gebruikersnaam,
            @Schema(description = "rol", example = "BEGELEIDER") Rol rol,
            @Schema(description = "de gemeente of uitvoerder", example = "3c9e1f2a-7b4d-4e8f-a1b2-c3d4e5f6a7b8")
            UUID organisatie) {

        static TrefferResource van(Medewerker m) {
            return new TrefferResource(m.id(), m.naam(), m.gebruikersnaam(), m.rol(), m.organisatieId());
        }
    }

    @Schema(name = "TweestapVerplichting", description = "Of een organisatie tweestapsverificatie verplicht stelt.")
    record VerplichtingResource(
            @Schema(description = "verplicht voor elke medewerker van de organisatie", example = "true",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{veld.verplicht}") @Nullable Boolean verplicht) {
    }
}
