package nl.wegwijs.pip;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A PIP version was shared with a partner (optionally named) on a day. */
public record Deling(UUID id, UUID pipId, int nummer, Partner partner, @Nullable String naam, LocalDate op,
        UUID door) {
}
