package nl.wegwijs.zelfredzaamheid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One measurement of a person (or, with {@code persoonId} none, of the household) at a date with an instrument: a
 * score per item, a short note.
 */
public record Meting(UUID id, UUID huishoudenId, UUID trajectId, @Nullable UUID persoonId, UUID instrumentId,
        LocalDate gemetenOp, Metingsoort soort, @Nullable String notitie, List<Score> scores, UUID vastgelegdDoor,
        Instant vastgelegdOp, long versie) {

    public Optional<Score> score(UUID item) {
        return scores.stream().filter(s -> s.item().equals(item)).findFirst();
    }
}
