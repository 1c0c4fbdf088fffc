package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * A household's self-reliance state changed (a measurement recorded or corrected, the trajectory started, the
 * contract's moments changed). Published in the writing transaction; the worklist keeps its columns with it.
 *
 * @param volgendeMeting the date the next planned measurement is due (past = overdue), none when nothing is planned
 *        (guidance not started, or every moment done)
 * @param stagnatie no progress between a person's last two measurements while not yet self-reliant enough
 * @param laagsteNiveau a domain or component of a latest measurement is at the lowest level of the scale
 */
public record ZelfredzaamheidStandGewijzigd(HuishoudenId huishouden, @Nullable LocalDate volgendeMeting,
        boolean stagnatie, boolean laagsteNiveau) implements DomainEvent {
}
