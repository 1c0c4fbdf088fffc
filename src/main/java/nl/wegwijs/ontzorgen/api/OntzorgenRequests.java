package nl.wegwijs.ontzorgen.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.ontzorgen.GesprekStatus;
import nl.wegwijs.ontzorgen.MaandStatus;
import nl.wegwijs.ontzorgen.StopReden;
import nl.wegwijs.ontzorgen.VasteLastSoort;

/** The request bodies of the ontzorgen API; the service validates (422 with a Dutch message). */
final class OntzorgenRequests {

    private OntzorgenRequests() {
    }

    @Schema(name = "OntzorgenWijziging", description = "Ontzorgen zoals het moet zijn (PUT vervangt start, einde en "
            + "notitie). Zonder versie: nieuw vastleggen.")
    record Wijziging(@Schema(description = "de versie die u het laatst las; leeg bij nieuw") @Nullable Long versie,
            @Schema(description = "start van de bijstand; leeg: nog niet gestart") @Nullable LocalDate start,
            @Schema(description = "eerder gestopt op (alleen als de bijstand eerder stopt)") @Nullable LocalDate gestoptOp,
            @Nullable StopReden stopReden, @Nullable String notitie) {
    }

    @Schema(name = "NieuweVasteLast")
    record VasteLast(@NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Nullable VasteLastSoort soort, @Nullable String begunstigde,
            @Schema(description = "euro per maand, meer dan 0 en minder dan 10.000") @Nullable BigDecimal bedrag,
            @Nullable LocalDate machtigingOp, @Nullable LocalDate tot) {
    }

    @Schema(name = "VasteLastEinde")
    record VasteLastEinde(@NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "betaald tot en met; leeg: loopt weer") @Nullable LocalDate tot) {
    }

    @Schema(name = "Maandstand")
    record Maand(@NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Nullable MaandStatus status, @Nullable String notitie) {
    }

    @Schema(name = "NieuwCoachgesprek")
    record Gesprek(@NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Nullable LocalDate datum, @Schema(description = "standaard GEPLAND") @Nullable GesprekStatus status,
            @Nullable String onderwerp, @Nullable String notitie) {
    }

    @Schema(name = "CoachgesprekStand")
    record GesprekStand(@NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Nullable GesprekStatus status) {
    }
}
