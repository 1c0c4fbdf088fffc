package nl.wegwijs.signaal.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalStatus;

/**
 * Where a signal should stand, with the version the client last read (stale: 409): OPEN or IN_BEHANDELING on an open
 * signal, AFGESLOTEN with a {@code toelichting} as closing note (with open actions also {@code ondanksOpenActies:
 * true}, otherwise 422), an open status on a closed signal reopens it. The report itself is never changed.
 */
record StandRequest(
        @NotNull(message = "{signaal.api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{signaal.api.status.leeg}") @Nullable SignaalStatus status,
        @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.reactie.te-lang}") @Nullable String toelichting,
        @Nullable Boolean ondanksOpenActies) {
}
