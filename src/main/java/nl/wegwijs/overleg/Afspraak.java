package nl.wegwijs.overleg;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An agreement made in a meeting about a household: a task with an owner (a medewerker, {@code eigenaarMedewerker},
 * or someone outside Wegwijs by name), a due date and a status.
 *
 * @param eigenaar the owner's display name (the medewerker's name, or the name given)
 */
public record Afspraak(UUID id, UUID puntId, UUID overlegId, UUID huishoudenId, String omschrijving,
        @Nullable UUID eigenaarMedewerker, String eigenaar, LocalDate uiterlijk, Status status, long versie) {

    public enum Status {
        OPEN, GEDAAN
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    /** Open and its date is past. */
    public boolean teLaat(LocalDate vandaag) {
        return open() && uiterlijk.isBefore(vandaag);
    }
}
