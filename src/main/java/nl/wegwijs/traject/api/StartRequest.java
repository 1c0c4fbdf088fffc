package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.jspecify.annotations.Nullable;

/** Guidance really began on this day, in the contract's first phase. */
@Schema(description = "De praktische start van de begeleiding")
record StartRequest(
        @Schema(description = "de versie van het traject die u het laatst "
                + "las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de dag waarop de begeleiding echt begon, niet in de "
                + "toekomst", example = "2026-02-16", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.traject.start.leeg}")
        @PastOrPresent(message = "{api.datum.toekomst}") @Nullable LocalDate praktischeStart) {
}
