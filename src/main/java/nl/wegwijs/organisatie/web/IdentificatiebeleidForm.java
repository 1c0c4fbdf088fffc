package nl.wegwijs.organisatie.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

import nl.wegwijs.organisatie.Identificatiebeleid;

/** Whether an uitvoerder's volunteers see BSN and V-nummer, and why; at the version the page showed. */
record IdentificatiebeleidForm(
        @Nullable Boolean vrijwilligers,
        @Size(max = 1000, message = "{beheer.identificatie.reden.lang}") @Nullable String reden,
        @NotNull @Nullable Long versie) {

    static IdentificatiebeleidForm van(Identificatiebeleid b) {
        return new IdentificatiebeleidForm(b.vrijwilligers(), b.reden(), b.versie());
    }

    boolean toegestaan() {
        return Boolean.TRUE.equals(vrijwilligers);
    }

    /** Allowing it needs a reason: recorded with the change, for the privacy officer. */
    void controleer(Errors errors) {
        if (toegestaan() && (reden == null || reden.isBlank())) {
            errors.rejectValue("reden", "beheer.identificatie.reden.leeg");
        }
    }
}
