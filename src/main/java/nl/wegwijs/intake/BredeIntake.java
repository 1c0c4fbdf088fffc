package nl.wegwijs.intake;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * The brede intake of one person (one per person): held on a day by a regievoerder, with who attended and the
 * findings ({@link IntakeGegevens}). Changed in place; {@code versie} guards against concurrent edits, and who changed
 * it last and when is kept. As read by anyone but the regievoerder its health finding is absent.
 */
public record BredeIntake(Id id, HuishoudenId huishouden, UUID persoonId, UUID regievoerderId, IntakeGegevens gegevens,
        UUID vastgelegdDoor, Instant vastgelegdOp, @Nullable UUID gewijzigdDoor, @Nullable Instant gewijzigdOp,
        long versie) implements AggregateRoot<BredeIntake, BredeIntake.Id> {

    /** The id of a brede intake. */
    public record Id(UUID value) implements Identifier {

        static Id nieuw() {
            return new Id(UUID.randomUUID());
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    @Override
    public Id getId() {
        return id;
    }

    /** Whether the health finding is in this copy (only in the regievoerder's). */
    public boolean metGezondheid() {
        return gegevens.gezondheid() != null;
    }

    BredeIntake zonderGezondheid() {
        return new BredeIntake(id, huishouden, persoonId, regievoerderId, gegevens.zonderGezondheid(), vastgelegdDoor,
                vastgelegdOp, gewijzigdDoor, gewijzigdOp, versie);
    }
}
