package nl.wegwijs.traject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a trajectory's status history: which status from which day, who recorded it and when, and why
 * (closing names its reason and explanation, reopening its explanation).
 */
public record StatusWijziging(TrajectStatus status, LocalDate per, UUID medewerkerId, Instant vastgelegdOp,
        @Nullable EindeReden reden, @Nullable String toelichting) {
}
