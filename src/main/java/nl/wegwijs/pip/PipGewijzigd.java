package nl.wegwijs.pip;

import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.TrajectId;

/**
 * A person's PIP changed (a version set or adjusted, a goal, a module date). {@code vastgesteldOp}: the day the first
 * version was formally set, null while it is a draft; {@code eersteTaallesOp}: the actual start of the learning route
 * (first language lesson), null until it happened.
 */
public record PipGewijzigd(TrajectId traject, HuishoudenId huishouden, UUID persoonId,
        @Nullable LocalDate vastgesteldOp, @Nullable LocalDate eersteTaallesOp) implements DomainEvent {
}
