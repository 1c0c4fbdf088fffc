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
    record Wijziging(
            @Schema(description = "de versie die u het laatst las; leeg bij "
                    + "nieuw", example = "5") @Nullable Long versie,
            @Schema(description = "start van de bijstand; leeg: nog niet gestart", example = "2026-03-01")
            @Nullable LocalDate start,
            @Schema(description = "eerder gestopt op (alleen als de bijstand eerder stopt)", example = "2026-09-30")
            @Nullable LocalDate gestoptOp,
            @Schema(description = "waarom eerder gestopt, nodig bij gestoptOp: WERK (betaald werk), STUDIE "
                    + "(studiefinanciering), VERHUISD (naar een andere gemeente), EIGEN_VERZOEK (wil eerder zelf "
                    + "betalen) of ANDERS", example = "WERK")
            @Nullable StopReden stopReden,
            @Schema(description = "notitie, tot 2000 tekens", example = "Werkt sinds oktober bij een bouwbedrijf in "
                    + "Almere.")
            @Nullable String notitie) {
    }

    @Schema(name = "NieuweVasteLast", description = "Een vaste last die de gemeente uit de uitkering betaalt")
    record VasteLast(
            @Schema(description = "de versie van het ontzorgen die u het laatst "
                    + "las", example = "5", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "soort: HUUR, ENERGIE, WATER, ZORGVERZEKERING of "
                    + "ANDERS", example = "HUUR", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable VasteLastSoort soort,
            @Schema(description = "aan wie betaald wordt, tot 200 tekens", example = "Woonstichting De "
                    + "Key", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable String begunstigde,
            @Schema(description = "euro per maand, meer dan 0 en minder dan "
                    + "10.000", example = "712.45", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable BigDecimal bedrag,
            @Schema(description = "datum van de "
                    + "machtiging", example = "2026-03-01", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable LocalDate machtigingOp,
            @Schema(description = "betaald tot en met; leeg: loopt door", example = "2026-12-31")
            @Nullable LocalDate tot) {
    }

    @Schema(name = "VasteLastEinde", description = "Tot wanneer een vaste last betaald wordt")
    record VasteLastEinde(
            @Schema(description = "de versie van het ontzorgen die u het laatst "
                    + "las", example = "6", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "betaald tot en met, niet voor de machtiging; leeg: loopt "
                    + "weer", example = "2026-12-31")
            @Nullable LocalDate tot) {
    }

    @Schema(name = "Maandstand", description = "Hoe de vaste lasten van een maand gingen")
    record Maand(
            @Schema(description = "de versie van het ontzorgen die u het laatst "
                    + "las", example = "6", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "BETAALD (alles op tijd), ACHTERSTAND (iets kon niet worden betaald: opvolgen) of "
                    + "NIET_VAN_TOEPASSING (niets te betalen deze "
                    + "maand)", example = "BETAALD", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable MaandStatus status,
            @Schema(description = "notitie, tot 2000 tekens", example = "Huur op 3 maart voldaan.")
            @Nullable String notitie) {
    }

    @Schema(name = "NieuwCoachgesprek", description = "Een gesprek met de budgetcoach op weg naar zelf betalen")
    record Gesprek(
            @Schema(description = "de versie van het ontzorgen die u het laatst "
                    + "las", example = "6", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "datum van het "
                    + "gesprek", example = "2026-04-14", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable LocalDate datum,
            @Schema(description = "GEPLAND (standaard), GEHOUDEN of AFGEZEGD", example = "GEPLAND")
            @Nullable GesprekStatus status,
            @Schema(description = "onderwerp, tot 200 tekens", example = "Zelf de huur "
                    + "overmaken", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable String onderwerp,
            @Schema(description = "notitie, tot 2000 tekens", example = "Samen een automatische betaling ingesteld.")
            @Nullable String notitie) {
    }

    @Schema(name = "CoachgesprekStand", description = "De stand van een gesprek met de budgetcoach")
    record GesprekStand(
            @Schema(description = "de versie van het ontzorgen die u het laatst "
                    + "las", example = "7", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "{ontzorgen.api.versie.leeg}") @Nullable Long versie,
            @Schema(description = "GEPLAND, GEHOUDEN of AFGEZEGD (telt niet mee voor de "
                    + "overgang)", example = "GEHOUDEN", requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable GesprekStatus status) {
    }
}
