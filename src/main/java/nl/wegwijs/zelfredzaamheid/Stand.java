package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a household stands on self-reliance: the latest measurement of each of its persons (or of the household, when
 * the instrument measures households), one {@link DomeinStand} per person and switched-on domain, and the contract's
 * "zelfredzaam genoeg?" rule applied to it.
 *
 * @param gemetenOp the date of the most recent of those measurements
 * @param instrument the instrument's name
 */
public record Stand(LocalDate gemetenOp, String instrument, List<DomeinStand> domeinen, Oordeel oordeel) {
}
