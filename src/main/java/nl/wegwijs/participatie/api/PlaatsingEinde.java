package nl.wegwijs.participatie.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.EindeReden;
import nl.wegwijs.participatie.PlaatsingGegevens;

/** Ends a placement on {@code einde} for a {@code reden}, with an optional explanation. */
record PlaatsingEinde(
        @NotNull(message = "{participatie.api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{participatie.einde.leeg}") @Nullable LocalDate einde,
        @NotNull(message = "{participatie.einde-reden.leeg}") @Nullable EindeReden reden,
        @Size(max = PlaatsingGegevens.NOTITIE_MAX, message = "{participatie.notitie.te-lang}") @Nullable String toelichting) {
}
