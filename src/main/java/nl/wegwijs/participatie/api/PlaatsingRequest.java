package nl.wegwijs.participatie.api;

import io.swagger.v3.oas.annotations.media.Schema;
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
@Schema(description = "Een nieuwe plaatsing")
record PlaatsingRequest(
        @Schema(description = "id van de persoon uit het "
                + "huishouden", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.persoon.leeg}") @Nullable UUID persoonId,
        @Schema(description = "soort: VRIJWILLIGERSWERK, STAGE, SNUFFELSTAGE, WERKERVARINGSPLAATS of "
                + "ANDERS", example = "VRIJWILLIGERSWERK", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.soort.leeg}") @Nullable PlaatsingSoort soort,
        @Schema(description = "de organisatie, tot 200 tekens", example = "Kringloopwinkel De Cirkel, "
                + "Deventer", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{participatie.organisatie.leeg}")
        @Size(max = PlaatsingGegevens.NAAM_MAX, message = "{participatie.naam.te-lang}") @Nullable String organisatie,
        @Schema(description = "contactpersoon bij de organisatie, tot 200 tekens", example = "Marieke Jansen")
        @Size(max = PlaatsingGegevens.NAAM_MAX, message = "{participatie.naam.te-lang}") @Nullable String contactpersoon,
        @Schema(description = "uren per week, 1 tot en met "
                + "40", example = "16", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.uren.leeg}") @Min(value = 1, message = "{participatie.uren.bereik}")
        @Max(value = 40, message = "{participatie.uren.bereik}") @Nullable Integer urenPerWeek,
        @Schema(description = "startdatum", example = "2026-04-01", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.start.leeg}") @Nullable LocalDate start,
        @Schema(description = "gepland einde, niet voor de start", example = "2026-09-30")
        @Nullable LocalDate geplandEinde,
        @Schema(description = "taalniveau (ERK) dat aan de organisatie wordt doorgegeven: A0 (nog geen Nederlands), "
                + "A1, A2, B1 of B2; alleen met taalniveauAkkoord", example = "A2")
        @Nullable Taalniveau taalniveau,
        @Schema(description = "de deelnemer gaf akkoord om het taalniveau door te geven", example = "true")
        @Nullable Boolean taalniveauAkkoord,
        @Schema(description = "het werk is aangepast aan de deelnemer", example = "false")
        @Nullable Boolean werkAangepast,
        @Schema(description = "notitie, tot 2000 tekens", example = "Werkt in de fietsenwerkplaats, dinsdag en "
                + "donderdag.")
        @Size(max = PlaatsingGegevens.NOTITIE_MAX, message = "{participatie.notitie.te-lang}") @Nullable String notitie) {

    PlaatsingGegevens toGegevens() {
        return new PlaatsingGegevens(java.util.Objects.requireNonNull(persoonId),
                java.util.Objects.requireNonNull(soort), java.util.Objects.requireNonNull(organisatie),
                contactpersoon, java.util.Objects.requireNonNull(urenPerWeek), java.util.Objects.requireNonNull(start),
                geplandEinde, taalniveau, Boolean.TRUE.equals(taalniveauAkkoord), Boolean.TRUE.equals(werkAangepast),
                notitie);
    }
}
