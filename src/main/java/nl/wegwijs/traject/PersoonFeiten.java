package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What was recorded of one person's legal timeline under the household's trajectory: the day the PIP was set
 * (vastgesteld) and the day inburgering ended, with how. They make the person's PIP and inburgeringstermijn done.
 *
 * @param pipVastgelegdDoor the medewerker who recorded the PIP date
 * @param inburgeringVastgelegdDoor the medewerker who recorded the end of inburgering
 * @param versie for optimistic locking; 0 while nothing was recorded
 */
public record PersoonFeiten(UUID persoonId, @Nullable LocalDate pipVastgesteldOp, @Nullable UUID pipVastgelegdDoor,
        @Nullable LocalDate inburgeringAfgerondOp, @Nullable InburgeringAfronding inburgeringAfronding,
        @Nullable UUID inburgeringVastgelegdDoor, long versie) {

    public PersoonFeiten {
        Objects.requireNonNull(persoonId, "persoonId");
        if ((inburgeringAfgerondOp == null) != (inburgeringAfronding == null)) {
            throw new IllegalArgumentException("The end of inburgering needs both its day and how it ended");
        }
    }

    /** Nothing recorded yet. */
    public static PersoonFeiten leeg(UUID persoonId) {
        return new PersoonFeiten(persoonId, null, null, null, null, null, 0);
    }
}
