package nl.wegwijs.signaal.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Actiepunt;
import nl.wegwijs.signaal.ActiepuntGegevens;
import nl.wegwijs.signaal.Eigenaar;

/**
 * An action as it should be, with its own version as the client last read it (stale: 409). PARTNER takes a {@code partnerNaam}; an {@code eigenaarMedewerkerId} must work for the
 * household's uitvoerder (as BEGELEIDER) or gemeente (as REGIEVOERDER).
 */
record ActiepuntWijziging(
        @NotNull(message = "{signaal.api.versie.leeg}") @Nullable Long versie,
        @NotBlank(message = "{signaal.actie.omschrijving.leeg}")
        @Size(max = Actiepunt.OMSCHRIJVING_MAX, message = "{signaal.actie.omschrijving.te-lang}")
        @Nullable String omschrijving,
        @NotNull(message = "{signaal.actie.eigenaar.leeg}") @Nullable Eigenaar eigenaar,
        @Size(max = Actiepunt.NAAM_MAX, message = "{signaal.actie.partner.te-lang}") @Nullable String partnerNaam,
        @Nullable UUID eigenaarMedewerkerId,
        @NotNull(message = "{signaal.actie.streefdatum.leeg}") @Nullable LocalDate streefdatum,
        @PastOrPresent(message = "{signaal.actie.gedaan.toekomst}") @Nullable LocalDate gedaanOp) {

    /** Only after validation. */
    ActiepuntGegevens toGegevens() {
        return new ActiepuntGegevens(Objects.requireNonNull(omschrijving), Objects.requireNonNull(eigenaar),
                partnerNaam, eigenaarMedewerkerId, Objects.requireNonNull(streefdatum), gedaanOp);
    }
}
