package nl.wegwijs.zelfredzaamheid;

import java.util.List;

/**
 * The contract's "zelfredzaam genoeg?" rule applied to the latest measurement.
 *
 * @param tekortOp the domain or component names below the rule's level (prefixed with the person's name when the
 *        household has more than one person measured), in the instrument's order
 */
public record Oordeel(boolean zelfredzaamGenoeg, List<String> tekortOp) {
}
