package nl.wegwijs.koppeling.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import nl.wegwijs.koppeling.KoppelingService;
import nl.wegwijs.koppeling.Scopes;
import nl.wegwijs.organisatie.Rol;

/** A new API client: its name, organisation, role and scopes (values as sent, checked here, never a 500). */
record KoppelingForm(
        @NotBlank(message = "{koppeling.form.naam.leeg}") @Size(max = 100, message = "{koppeling.form.naam.lang}")
        @Nullable String naam,
        @NotBlank(message = "{koppeling.form.organisatie.leeg}") @Nullable String organisatie,
        @NotBlank(message = "{koppeling.form.rol.leeg}") @Nullable String rol,
        @NotEmpty(message = "{koppeling.form.scopes.leeg}") @Nullable List<String> scopes) {

    static KoppelingForm leeg() {
        return new KoppelingForm(null, null, null, List.of());
    }

    List<String> gekozenScopes() {
        return scopes == null ? List.of() : scopes;
    }

    @Nullable UUID organisatieId() {
        try {
            return organisatie == null ? null : UUID.fromString(organisatie.strip());
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Nullable Rol gekozenRol() {
        return KoppelingService.ROLLEN.stream().filter(r -> r.name().equals(rol)).findFirst().orElse(null);
    }

    void controleer(Errors errors) {
        if (!errors.hasFieldErrors("organisatie") && organisatieId() == null) {
            errors.rejectValue("organisatie", "koppeling.form.organisatie.leeg");
        }
        if (!errors.hasFieldErrors("rol") && gekozenRol() == null) {
            errors.rejectValue("rol", "koppeling.form.rol.leeg");
        }
        if (!errors.hasFieldErrors("scopes") && !gekozenScopes().stream().allMatch(Scopes::bestaat)) {
            errors.rejectValue("scopes", "koppeling.form.scopes.leeg");
        }
    }
}
