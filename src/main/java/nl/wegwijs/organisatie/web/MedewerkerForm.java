package nl.wegwijs.organisatie.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import nl.wegwijs.organisatie.Rol;

/**
 * A new medewerker: login name, initial password, name, role, organisation, FTE for paid guidance staff (teamleider,
 * begeleider) and, at an uitvoerder, the teams.
 */
record MedewerkerForm(
        @NotBlank(message = "{beheer.medewerker.gebruikersnaam.leeg}")
        @Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,49}$", message = "{beheer.medewerker.gebruikersnaam.formaat}")
        @Nullable String gebruikersnaam,
        @NotBlank(message = "{beheer.medewerker.naam.leeg}") @Size(max = 100, message = "{beheer.naam.lang}")
        @Nullable String medewerkerNaam,
        @NotNull(message = "{beheer.medewerker.rol.leeg}") @Nullable Rol rol,
        @NotNull(message = "{beheer.medewerker.organisatie.leeg}") @Nullable UUID organisatie,
        @DecimalMin(value = "0.01", message = "{beheer.medewerker.fte.bereik}")
        @DecimalMax(value = "1.50", message = "{beheer.medewerker.fte.bereik}")
        @Digits(integer = 1, fraction = 2, message = "{beheer.medewerker.fte.bereik}")
        @Nullable BigDecimal fte,
        @Nullable List<UUID> teams,
        @NotBlank(message = "{beheer.medewerker.wachtwoord.leeg}")
        @Size(min = 12, max = 128, message = "{beheer.medewerker.wachtwoord.lengte}")
        @Nullable String wachtwoord) {

    static MedewerkerForm leeg(@Nullable UUID organisatie) {
        return new MedewerkerForm(null, null, null, organisatie, null, List.of(), null);
    }

    List<UUID> gekozenTeams() {
        return teams == null ? List.of() : teams;
    }

    /**
     * The rules across fields: paid guidance staff has an FTE, a volunteer none; teams only at an uitvoerder and only
     * its own ({@code teamsVanOrganisatie}: the team ids of the chosen organisation).
     */
    void controleer(Errors errors, List<UUID> teamsVanOrganisatie) {
        if (rol == Rol.TEAMLEIDER || rol == Rol.BEGELEIDER) {
            if (fte == null) {
                errors.rejectValue("fte", "beheer.medewerker.fte.leeg");
            }
        }
        else if (rol == Rol.VRIJWILLIGER && fte != null) {
            errors.rejectValue("fte", "beheer.medewerker.fte.vrijwilliger");
        }
        if (!teamsVanOrganisatie.containsAll(gekozenTeams())) {
            errors.rejectValue("teams", "beheer.medewerker.teams.andere-organisatie");
        }
    }
}
