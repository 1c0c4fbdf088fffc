package nl.wegwijs.signaal.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Aan;
import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Deling;
import nl.wegwijs.signaal.NieuwSignaal;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.Urgentie;

/**
 * A new signal. {@code aan}: REGIEVOERDER, TEAMLEIDER or BEGELEIDING; {@code aanMedewerkerId}: a guide assigned to
 * the household, by name; {@code deling} (TOESTEMMING or ACUUT_GEVAAR): required when the guidance side writes to the
 * REGIEVOERDER, the basis for sharing it with the gemeente. Without either, the default of the caller's side (uitvoerder: the regievoerder; gemeente:
 * the guidance). Without {@code gemeldOp} it is today.
 */
record SignaalRequest(
        @Nullable UUID persoonId,
        @NotNull(message = "{signaal.categorie.leeg}") @Nullable Categorie categorie,
        @NotNull(message = "{signaal.urgentie.leeg}") @Nullable Urgentie urgentie,
        @NotBlank(message = "{signaal.omschrijving.leeg}")
        @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.omschrijving.te-lang}") @Nullable String omschrijving,
        @PastOrPresent(message = "{signaal.gemeld.toekomst}") @Nullable LocalDate gemeldOp,
        @Nullable Aan aan,
        @Nullable UUID aanMedewerkerId,
        @Nullable Deling deling) {

    /** Only after validation. */
    NieuwSignaal toNieuwSignaal() {
        return new NieuwSignaal(persoonId, Objects.requireNonNull(categorie), Objects.requireNonNull(urgentie),
                Objects.requireNonNull(omschrijving), gemeldOp, aan, aanMedewerkerId, deling);
    }
}
