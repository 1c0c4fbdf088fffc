package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.TrajectStatus;

/** Closes the trajectory as AFGEROND, OVERGEDRAGEN or BEEINDIGD, for a reason, on a day. */
@Schema(description = "Het traject afsluiten")
record AfsluitingRequest(
        @Schema(description = "de versie van het traject die u het laatst "
                + "las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de eindstatus: AFGEROND, OVERGEDRAGEN (warme overdracht, naar het wijkteam) of "
                + "BEEINDIGD", example = "AFGEROND", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.afsluiting.status.leeg}") @Nullable TrajectStatus status,
        @Schema(description = "reden: DUUR_VERSTREKEN, DOELEN_BEREIKT, WARME_OVERDRACHT, VERHUISD, AFGEZIEN (de "
                + "statushouder zag af), GEEN_RECHT of "
                + "OVERLEDEN", example = "DOELEN_BEREIKT", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.afsluiting.reden.leeg}") @Nullable EindeReden reden,
        @Schema(description = "de einddatum, niet in de "
                + "toekomst", example = "2026-11-30", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.afsluiting.datum.leeg}")
        @PastOrPresent(message = "{api.datum.toekomst}") @Nullable LocalDate datum,
        @Schema(description = "toelichting, tot 2000 tekens", example = "Gezin redt zich; contact met wijkteam gelegd.")
        @Size(max = 2000, message = "{api.tekst.te-lang}") @Nullable String toelichting) {
}
