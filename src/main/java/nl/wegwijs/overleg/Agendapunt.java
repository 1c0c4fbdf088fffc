package nl.wegwijs.overleg;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A household on a meeting's agenda, why it is there, its place, and the minutes: what was discussed
 * ({@code besproken}, free text of category NOTITIES). {@code versie} guards the minutes.
 */
public record Agendapunt(UUID id, UUID overlegId, UUID huishoudenId, String huishoudenNaam, Set<Reden> redenen,
        @Nullable String vraag, @Nullable UUID ingebrachtDoor, int volgorde, @Nullable String besproken, long versie) {
}
