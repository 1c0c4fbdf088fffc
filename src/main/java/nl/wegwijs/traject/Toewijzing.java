package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A medewerker assigned to a trajectory in a role, from a date until (inclusive) a date or open. */
public record Toewijzing(UUID id, UUID medewerkerId, ToewijzingRol rol, LocalDate vanaf, @Nullable LocalDate tot) {

    public boolean actiefOp(LocalDate dag) {
        return !vanaf.isAfter(dag) && (tot == null || !tot.isBefore(dag));
    }

    Toewijzing beeindigd(LocalDate op) {
        return new Toewijzing(id, medewerkerId, rol, vanaf, op);
    }
}
