package nl.wegwijs.afsluiting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A question the household brought to the wijkteam after the handover, by kind. */
public record Hulpvraag(UUID id, UUID overdrachtId, UUID huishoudenId, Hulpvraagsoort soort, LocalDate gevraagdOp,
        @Nullable String toelichting, UUID vastgelegdDoor, String vastgelegdDoorNaam, Instant vastgelegdOp) {
}
