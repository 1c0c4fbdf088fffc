package nl.wegwijs.participatie.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.EindeReden;
import nl.wegwijs.participatie.PlaatsingGegevens;

/** Ends a placement on {@code einde} for a {@code reden}, with an optional explanation. */
@Schema(description = "Een plaatsing beëindigen")
record PlaatsingEinde(
        @Schema(description = "de versie die u het laatst "
                + "las", example = "2", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de einddatum", example = "2026-08-31", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.einde.leeg}") @Nullable LocalDate einde,
        @Schema(description = "reden: AFGEROND (zoals gepland), BETAALD_WERK, OPLEIDING, GESTOPT_DEELNEMER, "
                + "GESTOPT_ORGANISATIE, VERHUISD of "
                + "ANDERS", example = "BETAALD_WERK", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.einde-reden.leeg}") @Nullable EindeReden reden,
        @Schema(description = "toelichting, tot 2000 tekens", example = "Kan in vaste dienst bij de kringloopwinkel.")
        @Size(max = PlaatsingGegevens.NOTITIE_MAX, message = "{participatie.notitie.te-lang}") @Nullable String toelichting) {
}
