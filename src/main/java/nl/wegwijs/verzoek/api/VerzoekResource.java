package nl.wegwijs.verzoek.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.verzoek.AkkoordWijze;
import nl.wegwijs.verzoek.Product;
import nl.wegwijs.verzoek.Verzoek;
import nl.wegwijs.verzoek.VerzoekSoort;
import nl.wegwijs.verzoek.VerzoekStatus;

/** A request to the gemeente as the API shows it; {@code versie} goes back with a decision. */
@Schema(description = "Een verzoek aan de gemeente")
record VerzoekResource(
        @Schema(description = "id van het verzoek", example = "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f") UUID id,
        @Schema(description = "id van het "
                + "huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishouden,
        @Schema(description = "id van het traject", example = "1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b") UUID traject,
        @Schema(description = "VERLENGING of PRODUCT", example = "VERLENGING") VerzoekSoort soort,
        @Schema(description = "maanden bij een verlenging", example = "6", nullable = true) @Nullable Integer maanden,
        @Schema(description = "product: EUROWIJZER, MINDFIT, OUDERSCHAPSONDERSTEUNING of ANDERS (met "
                + "productNaam)", example = "MINDFIT", nullable = true) @Nullable Product product,
        @Schema(description = "naam van het product bij ANDERS", example = "Fietsles voor volwassenen", nullable = true)
        @Nullable String productNaam,
        @Schema(description = "gewenste "
                + "start", example = "2026-05-01", nullable = true) @Nullable LocalDate gewensteStart,
        @Schema(description = "waarom", example = "Het gezin heeft meer tijd nodig om de administratie zelf te doen.")
        String reden,
        @Schema(description = "wanneer de cliënt akkoord gaf", example = "2026-04-02") LocalDate akkoordOp,
        @Schema(description = "hoe de cliënt akkoord gaf: MONDELING, MONDELING_MET_TOLK of "
                + "SCHRIFTELIJK", example = "MONDELING_MET_TOLK") AkkoordWijze akkoordWijze,
        @Schema(description = "stand: INGEDIEND, GOEDGEKEURD, AFGEWEZEN of INGETROKKEN", example = "INGEDIEND")
        VerzoekStatus status,
        @Schema(description = "naam van de indiener", example = "Kofi Mensah") String ingediendDoor,
        @Schema(description = "ingediend op", example = "2026-04-03T09:30:00Z") Instant ingediendOp,
        @Schema(description = "naam van wie besloot", example = "Fatima El Amrani", nullable = true)
        @Nullable String beslotenDoor,
        @Schema(description = "besloten "
                + "op", example = "2026-04-10T14:00:00Z", nullable = true) @Nullable Instant beslotenOp,
        @Schema(description = "reden van het besluit", example = "Past binnen het contract.", nullable = true)
        @Nullable String besluitReden,
        @Schema(description = "versie voor optimistische vergrendeling: stuur deze mee bij het besluit", example = "0")
        long versie) {

    static VerzoekResource from(Verzoek v) {
        return new VerzoekResource(v.id().value(), v.huishouden().value(), v.traject().value(), v.soort(),
                v.maanden(), v.product(), v.productNaam(), v.gewensteStart(), v.reden(), v.akkoordOp(),
                v.akkoordWijze(), v.status(), v.ingediendDoorNaam(), v.ingediendOp(), v.beslotenDoorNaam(),
                v.beslotenOp(), v.besluitReden(), v.versie());
    }
}
