package nl.wegwijs.pip;

import java.util.UUID;

/**
 * A goal as one PIP version holds it. The {@code id} is the goal's identity across versions (a bijstelling carries
 * it over), so progress reports stay attached; {@code gegevens} is this version's snapshot; {@code stand} is where
 * the goal stands now (changed by progress reports), with {@code versie} for optimistic locking of those reports.
 */
public record Doel(UUID id, DoelGegevens gegevens, DoelStatus stand, long versie) {

    public Leefgebied leefgebied() {
        return gegevens.leefgebied();
    }

    public Eigenaar eigenaar() {
        return gegevens.eigenaar();
    }
}
