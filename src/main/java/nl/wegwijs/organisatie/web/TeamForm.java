package nl.wegwijs.organisatie.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new team of an uitvoerder. */
record TeamForm(
        @NotNull(message = "{beheer.team.uitvoerder.leeg}") @Nullable UUID teamUitvoerder,
        @NotBlank(message = "{beheer.team.naam.leeg}") @Size(max = 100, message = "{beheer.naam.lang}")
        @Nullable String teamNaam) {

    static TeamForm leeg() {
        return new TeamForm(null, null);
    }
}
