package nl.wegwijs.checklist;

import java.util.List;
import java.util.UUID;

/**
 * The checklist template a contract uses: its own (after a first edit) or the default shipped with Wegwijs.
 *
 * @param eigen whether the contract has its own copy; {@code versie} is 0 while it has none
 * @param items in order, retired ones included
 */
public record Sjabloon(UUID contractId, boolean eigen, long versie, List<SjabloonItem> items) {
}
