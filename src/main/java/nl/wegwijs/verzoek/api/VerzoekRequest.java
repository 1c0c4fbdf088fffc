package nl.wegwijs.verzoek.api;

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
record VerzoekRequest(@NotNull(message = "{verzoek.soort.leeg}") @Nullable VerzoekSoort soort,
        @Nullable Integer maanden, @Nullable Product product, @Nullable String productNaam,
        @Nullable LocalDate gewensteStart, @Nullable String reden, @Nullable LocalDate akkoordOp,
        @Nullable AkkoordWijze akkoordWijze) {

    /** Only after validation: the kind is present. */
    NieuwVerzoek toNieuw() {
        return new NieuwVerzoek(java.util.Objects.requireNonNull(soort), maanden, product, productNaam,
                gewensteStart, reden == null ? "" : reden, akkoordOp, akkoordWijze);
    }
}
