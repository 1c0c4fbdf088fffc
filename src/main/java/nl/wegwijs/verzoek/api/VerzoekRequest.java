package nl.wegwijs.verzoek.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.verzoek.AkkoordWijze;
import nl.wegwijs.verzoek.NieuwVerzoek;
import nl.wegwijs.verzoek.Product;
import nl.wegwijs.verzoek.VerzoekSoort;

/**
 * A new request: {@code VERLENGING} with {@code maanden}, or {@code PRODUCT} with {@code product} (and
 * {@code productNaam} for ANDERS) and optionally {@code gewensteStart}; always the reason and the client's agreement
 * ({@code akkoordOp}, {@code akkoordWijze}). The rules are the domain's: 422.
 */
@Schema(description = "Een nieuw verzoek aan de gemeente")
record VerzoekRequest(
        @Schema(description = "VERLENGING (met maanden) of PRODUCT (met "
                + "product)", example = "VERLENGING", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{verzoek.soort.leeg}") @Nullable VerzoekSoort soort,
        @Schema(description = "bij VERLENGING: hoeveel maanden, 1 tot en met 36", example = "6")
        @Nullable Integer maanden,
        @Schema(description = "bij PRODUCT: product: EUROWIJZER, MINDFIT, OUDERSCHAPSONDERSTEUNING of ANDERS (met "
                + "productNaam)", example = "MINDFIT") @Nullable Product product,
        @Schema(description = "naam van het product bij ANDERS, tot 100 tekens", example = "Fietsles voor volwassenen")
        @Nullable String productNaam,
        @Schema(description = "bij PRODUCT: gewenste start", example = "2026-05-01") @Nullable LocalDate gewensteStart,
        @Schema(description = "waarom, tot 2000 tekens (verplicht)",
                example = "Het gezin heeft meer tijd nodig om de administratie zelf te doen.")
        @Nullable String reden,
        @Schema(description = "wanneer de cliënt akkoord gaf (verplicht), niet in de toekomst", example = "2026-04-02")
        @Nullable LocalDate akkoordOp,
        @Schema(description = "hoe de cliënt akkoord gaf: MONDELING, MONDELING_MET_TOLK of SCHRIFTELIJK "
                + "(verplicht)", example = "MONDELING_MET_TOLK") @Nullable AkkoordWijze akkoordWijze) {

    /** Only after validation: the kind is present. */
    NieuwVerzoek toNieuw() {
        return new NieuwVerzoek(java.util.Objects.requireNonNull(soort), maanden, product, productNaam,
                gewensteStart, reden == null ? "" : reden, akkoordOp, akkoordWijze);
    }
}
