package nl.wegwijs.checklist;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.jmolecules.event.types.DomainEvent;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * A household's checklist changed (items created, ticked, edited, retired): how many items are open and the earliest
 * due date among them, for read models such as the worklist. Published in the writer's transaction.
 */
public record ChecklistStandGewijzigd(HuishoudenId huishouden, int open, @Nullable LocalDate vroegsteDeadline) implements DomainEvent {
}
