package nl.wegwijs.verzoek;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the teamleider fills in: the kind, months (extension) or product (add-on, with a name for
 * {@link Product#ANDERS}) and an optional desired start, the reason, and how and when the client agreed.
 */
public record NieuwVerzoek(VerzoekSoort soort, @Nullable Integer maanden, @Nullable Product product,
        @Nullable String productNaam, @Nullable LocalDate gewensteStart, String reden, @Nullable LocalDate akkoordOp,
        @Nullable AkkoordWijze akkoordWijze) {
}
