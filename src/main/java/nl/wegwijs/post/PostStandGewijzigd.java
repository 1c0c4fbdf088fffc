package nl.wegwijs.post;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.jmolecules.event.types.DomainEvent;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * A household's letters changed: how many still need action, and the earliest deadline among them. Published in the
 * writer's transaction, for read models such as the worklist.
 */
public record PostStandGewijzigd(HuishoudenId huishouden, int open, @Nullable LocalDate vroegsteDeadline) implements DomainEvent {
}
