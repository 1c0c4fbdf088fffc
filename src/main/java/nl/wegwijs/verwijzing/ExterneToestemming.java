package nl.wegwijs.verwijzing;

import java.time.LocalDate;

import nl.wegwijs.toestemming.Wijze;

/**
 * The DOORVERWIJZING consent for a service that has no Wegwijs accounts (the register's recipients are Wegwijs
 * organisations): recorded on the referral itself, how and when the person gave it, and by whom it was recorded.
 */
public record ExterneToestemming(Wijze wijze, LocalDate gegevenOp) {
}
