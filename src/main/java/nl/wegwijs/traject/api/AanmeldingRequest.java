package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "Een huishouden aanmelden voor begeleiding onder een lopend contract")
record AanmeldingRequest(
        @Schema(description = "id van een lopend contract van uw "
                + "organisatie", example = "6d7e8f9a-0b1c-4d2e-8f3a-4b5c6d7e8f9a", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.aanmelding.contract.leeg}") @Nullable UUID contractId,
        @Schema(description = "het adres; leeg: nog onbekend")
        @Nullable Adres adres,
        @Schema(description = "de datums van het huishouden; leeg: nog onbekend")
        @Nullable HuishoudenDatums datums,
        @Schema(description = "waar het huishouden vandaan komt (azc of opvanglocatie)", example = "azc Budel")
        @Nullable String herkomstLocatie,
        @Schema(description = "de personen (ten minste één)", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotEmpty(message = "{api.aanmelding.personen.leeg}") @Valid @Nullable List<AanmeldingPersoon> personen,
        @Schema(description = "aangemeld op, alleen bij later invoeren; niet in de toekomst; leeg: vandaag",
                example = "2026-01-12")
        @PastOrPresent(message = "{api.datum.toekomst}") @Nullable LocalDate aangemeldOp) {

    /** Only after validation: contract and persons are present. */
    Aanmelding toAanmelding() {
        return new Aanmelding(contractId, adres == null ? Adres.ONBEKEND : adres,
                datums == null ? new HuishoudenDatums(null, null, null, null) : datums, herkomstLocatie,
                personen.stream().map(AanmeldingPersoon::toNieuwePersoon).toList(), aangemeldOp);
    }
}
