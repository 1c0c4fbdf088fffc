package nl.wegwijs.zelfredzaamheid;

import java.time.Instant;
import java.util.UUID;

/**
 * A correction of a past measurement: the version of the measurement it produced, the reason the guide gave, who made
 * it and when. What the measurement was before is kept with it in storage (for an audit), not shown.
 */
public record Correctie(UUID metingId, long versie, String reden, UUID door, Instant op) {

    /** The longest reason for a correction. */
    public static final int REDEN_MAX = 500;
}
