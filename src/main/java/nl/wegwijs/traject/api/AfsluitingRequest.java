package nl.wegwijs.traject.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.TrajectStatus;

/** Closes the trajectory as AFGEROND, OVERGEDRAGEN or BEEINDIGD, for a reason, on a day. */
record AfsluitingRequest(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{api.afsluiting.status.leeg}") @Nullable TrajectStatus status,
        @NotNull(message = "{api.afsluiting.reden.leeg}") @Nullable EindeReden reden,
        @NotNull(message = "{api.afsluiting.datum.leeg}")
        @PastOrPresent(message = "{api.datum.toekomst}") @Nullable LocalDate datum,
        @Size(max = 2000, message = "{api.tekst.te-lang}") @Nullable String toelichting) {
}
