package nl.wegwijs.participatie.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.PlaatsingGegevens;
import nl.wegwijs.participatie.PlaatsingSoort;
import nl.wegwijs.participatie.Taalniveau;

/**
 * A new placement. A {@code taalniveau} is passed to the host only with {@code taalniveauAkkoord} (otherwise 422).
 */
record PlaatsingRequest(
        @NotNull(message = "{participatie.persoon.leeg}") @Nullable UUID persoonId,
        @NotNull(message = "{participatie.soort.leeg}") @Nullable PlaatsingSoort soort,
        @NotBlank(message = "{participatie.organisatie.leeg}")
        @Size(max = PlaatsingGegevens.NAAM_MAX, message = "{participatie.naam.te-lang}") @Nullable String organisatie,
        @Size(max = PlaatsingGegevens.NAAM_MAX, message = "{participatie.naam.te-lang}") @Nullable String contactpersoon,
        @NotNull(message = "{participatie.uren.leeg}") @Min(value = 1, message = "{participatie.uren.bereik}")
        @Max(value = 40, message = "{participatie.uren.bereik}") @Nullable Integer urenPerWeek,
        @NotNull(message = "{participatie.start.leeg}") @Nullable LocalDate start,
        @Nullable LocalDate geplandEinde,
        @Nullable Taalniveau taalniveau,
        @Nullable Boolean taalniveauAkkoord,
        @Nullable Boolean werkAangepast,
        @Size(max = PlaatsingGegevens.NOTITIE_MAX, message = "{participatie.notitie.te-lang}") @Nullable String notitie) {

    PlaatsingGegevens toGegevens() {
        return new PlaatsingGegevens(java.util.Objects.requireNonNull(persoonId),
                java.util.Objects.requireNonNull(soort), java.util.Objects.requireNonNull(organisatie),
                contactpersoon, java.util.Objects.requireNonNull(urenPerWeek), java.util.Objects.requireNonNull(start),
                geplandEinde, taalniveau, Boolean.TRUE.equals(taalniveauAkkoord), Boolean.TRUE.equals(werkAangepast),
                notitie);
    }
}
