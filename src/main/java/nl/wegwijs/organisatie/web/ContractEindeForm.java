package nl.wegwijs.organisatie.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The last day of a contract. */
record ContractEindeForm(
        @NotNull(message = "{beheer.contract.einde.leeg}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        @Nullable LocalDate einde) {

    static ContractEindeForm leeg() {
        return new ContractEindeForm(null);
    }
}
