package nl.wegwijs.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;

/** A progress report on a goal: a dated short text and, optionally, the goal's new status; by whom, in which role. */
public record Voortgang(UUID id, UUID doelId, LocalDate op, String tekst, @Nullable DoelStatus status, UUID door,
        Rol doorRol, Instant vastgelegdOp) {

    public static final int TEKST_MAX = 500;
}
