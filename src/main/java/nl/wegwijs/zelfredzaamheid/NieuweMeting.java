package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measurement to record: of a person (none for a household measurement), at a date, of a kind (the first is always
 * the baseline), with a score per item and a short note.
 */
public record NieuweMeting(@Nullable UUID persoonId, LocalDate gemetenOp, @Nullable Metingsoort soort,
        @Nullable String notitie, List<Score> scores) {
}
