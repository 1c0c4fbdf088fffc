package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.traject.Aanmelding;

/**
 * Registers a household for guidance under a running contract of the acting medewerker's organisation;
 * {@code aangemeldOp} only when the aanmelding is entered later (default today).
 */
record AanmeldingRequest(
        @NotNull(message = "{api.aanmelding.contract.leeg}") @Nullable UUID contractId,
        @Nullable Adres adres,
        @Nullable HuishoudenDatums datums,
        @Nullable String herkomstLocatie,
        @NotEmpty(message = "{api.aanmelding.personen.leeg}") @Valid @Nullable List<AanmeldingPersoon> personen,
        @PastOrPresent(message = "{api.datum.toekomst}") @Nullable LocalDate aangemeldOp) {

    /** Only after validation: contract and persons are present. */
    Aanmelding toAanmelding() {
        return new Aanmelding(contractId, adres == null ? Adres.ONBEKEND : adres,
                datums == null ? new HuishoudenDatums(null, null, null, null) : datums, herkomstLocatie,
                personen.stream().map(AanmeldingPersoon::toNieuwePersoon).toList(), aangemeldOp);
    }
}
