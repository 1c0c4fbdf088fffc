package nl.wegwijs.ontzorgen;

import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.TrajectId;

/**
 * A household's financieel ontzorgen was recorded or changed. {@code einde}: the day it ends (planned, or actual
 * when stopped early); {@code overgangGeregeld}: whether the transition to paying themselves is on track (the
 * regime's coaching sessions held or planned before the end).
 */
public record OntzorgenGewijzigd(TrajectId traject, HuishoudenId huishouden, @Nullable LocalDate start,
        @Nullable LocalDate einde, boolean overgangGeregeld) implements DomainEvent {
}
