package nl.wegwijs.verwijzing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.socialekaart.Dienstsoort;

/**
 * One referral as its readers see it.
 *
 * @param persoonId the referred person, or null for the household as a whole
 * @param beantwoordOp when the service gave its decisive answer (accepted or rejected); null while it waits
 * @param uitkomst the receiver's answer note (e.g. the reason of a rejection) or, once finished, the outcome
 * @param signaalId the signal the referral came from, if any
 * @param wachtlijstOp when the service put it on its waiting list
 * @param geaccepteerdOp when the service accepted it (kept after finishing, for waiting times)
 * @param inWegwijs whether the service receives and answers it in Wegwijs (a wijkteam)
 * @param ingetrokkenOp when it was withdrawn because the consent it rested on was revoked (state INGETROKKEN)
 * @param intrekkingReden why it was withdrawn ({@link #TOESTEMMING_INGETROKKEN})
 */
public record Verwijzing(UUID id, UUID huishoudenId, @Nullable UUID persoonId, UUID dienstId, String dienstNaam,
        Dienstsoort soort, String reden, boolean warm, VerwijzingStatus status, LocalDate aangemaaktOp,
        @Nullable LocalDate verstuurdOp, @Nullable LocalDate beantwoordOp, @Nullable LocalDate afgerondOp,
        @Nullable String uitkomst, long versie, @Nullable UUID signaalId, @Nullable LocalDate wachtlijstOp,
        @Nullable LocalDate geaccepteerdOp, boolean inWegwijs, @Nullable LocalDate ingetrokkenOp,
        @Nullable String intrekkingReden) {

    /** The reason a referral is withdrawn with when its consent is revoked. */
    public static final String TOESTEMMING_INGETROKKEN = "toestemming ingetrokken";

    /** Days from sent to accepted, or null when not (yet) accepted. */
    public @Nullable Long wachtdagen() {
        return verstuurdOp == null || geaccepteerdOp == null ? null
                : ChronoUnit.DAYS.between(verstuurdOp, geaccepteerdOp);
    }

    /** Days waited so far for an answer (sent, or on the waiting list), counted to {@code vandaag}. */
    public @Nullable Long wachtSinds(LocalDate vandaag) {
        return status.wachtOpAntwoord() && verstuurdOp != null ? ChronoUnit.DAYS.between(verstuurdOp, vandaag) : null;
    }
}
