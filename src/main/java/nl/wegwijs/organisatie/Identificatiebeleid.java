package nl.wegwijs.organisatie;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An uitvoerder's policy on identification numbers for its volunteers: by default a vrijwilliger sees no BSN and no
 * V-nummer; an uitvoerder whose volunteers do the administration of phase 1 (registrations, applications) may allow
 * it, with a recorded reason. {@code door}/{@code op}: who set the policy last and when (null: never changed).
 */
public record Identificatiebeleid(UUID uitvoerderId, boolean vrijwilligers, @Nullable String reden,
        @Nullable UUID door, @Nullable Instant op, long versie) {

    /** One recorded change of the policy (the audit trail). */
    public record Wijziging(boolean toegestaan, @Nullable String reden, String doorNaam, Instant op) {
    }
}
