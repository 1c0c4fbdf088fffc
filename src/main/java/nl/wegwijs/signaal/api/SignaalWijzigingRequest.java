package nl.wegwijs.signaal.api;

import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalStatus;
import nl.wegwijs.signaal.SignaalWijziging;
import nl.wegwijs.signaal.Urgentie;

/**
 * The signal as it should be, with the version the client last read (stale: 409). Status AFGESLOTEN closes it and
 * takes an {@code afsluitnotitie}; with open actions also {@code ondanksOpenActies: true} (otherwise 422). An open
 * status on a closed signal reopens it.
 */
record SignaalWijzigingRequest(
        @NotNull(message = "{signaal.api.versie.leeg}") @Nullable Long versie,
        @Nullable UUID persoonId,
        @NotNull(message = "{signaal.categorie.leeg}") @Nullable Categorie categorie,
        @NotNull(message = "{signaal.urgentie.leeg}") @Nullable Urgentie urgentie,
        @NotBlank(message = "{signaal.omschrijving.leeg}")
        @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.omschrijving.te-lang}") @Nullable String omschrijving,
        @NotNull(message = "{signaal.api.status.leeg}") @Nullable SignaalStatus status,
        @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.afsluiten.notitie.te-lang}")
        @Nullable String afsluitnotitie,
        @Nullable Boolean ondanksOpenActies) {

    /** Only after validation. */
    SignaalWijziging toWijziging() {
        return new SignaalWijziging(persoonId, Objects.requireNonNull(categorie), Objects.requireNonNull(urgentie),
                Objects.requireNonNull(omschrijving), Objects.requireNonNull(status), afsluitnotitie,
                Boolean.TRUE.equals(ondanksOpenActies));
    }
}
