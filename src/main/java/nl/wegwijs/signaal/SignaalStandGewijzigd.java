package nl.wegwijs.signaal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.jmolecules.event.types.DomainEvent;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * The open signals of a household changed (raised, plan changed, closed): how many are open, whether one of them is
 * urgent, and the earliest date of an open action in their plans. Published in the writer's transaction, for read
 * models such as the worklist.
 */
public record SignaalStandGewijzigd(HuishoudenId huishouden, int open, boolean urgent,
        @Nullable LocalDate vroegsteActie) implements DomainEvent {
}
