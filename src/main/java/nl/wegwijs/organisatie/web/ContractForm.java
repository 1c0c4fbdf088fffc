package nl.wegwijs.organisatie.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.organisatie.Startmoment;

/** A new contract gemeente × uitvoerder with its first version of the voorwaarden. */
record ContractForm(
        @NotNull(message = "{beheer.contract.gemeente.leeg}") @Nullable UUID contractGemeente,
        @NotNull(message = "{beheer.contract.uitvoerder.leeg}") @Nullable UUID contractUitvoerder,
        @NotNull(message = "{beheer.contract.peildatum.leeg}") @Nullable Startmoment peildatum,
        @NotNull(message = "{beheer.contract.ingang.leeg}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate ingang,
        @NotNull(message = "{beheer.contract.voorwaarden.leeg}") @Valid @Nullable VoorwaardenForm voorwaarden) {

    static ContractForm leeg() {
        return new ContractForm(null, null, Startmoment.BRP_INSCHRIJVING, null, VoorwaardenForm.leeg());
    }
}
