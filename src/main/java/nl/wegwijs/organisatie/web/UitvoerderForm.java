package nl.wegwijs.organisatie.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** A new uitvoerder; when the gemeente guides its statushouders itself (Tholen, Heerenveen), which gemeente. */
record UitvoerderForm(
        @NotBlank(message = "{beheer.uitvoerder.naam.leeg}") @Size(max = 100, message = "{beheer.naam.lang}")
        @Nullable String uitvoerderNaam,
        @Nullable Boolean gemeenteZelf,
        @Nullable UUID zelfGemeente) {

    static UitvoerderForm leeg() {
        return new UitvoerderForm(null, null, null);
    }

    /** The rule Bean Validation cannot say per field: "is de gemeente zelf" needs a gemeente. */
    void controleer(Errors errors) {
        if (isGemeenteZelf() && zelfGemeente == null) {
            errors.rejectValue("zelfGemeente", "beheer.uitvoerder.gemeente.leeg");
        }
    }

    @Nullable UUID gemeente() {
        return isGemeenteZelf() ? zelfGemeente : null;
    }

    private boolean isGemeenteZelf() {
        return Boolean.TRUE.equals(gemeenteZelf);
    }
}
