package nl.wegwijs.verwijzing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a referral, with its transition table as a pure rule:
 * <pre>
 * AANGEMAAKT  → VERSTUURD, AFGEROND (withdrawn before sending), INGETROKKEN
 * VERSTUURD   → GEACCEPTEERD, AFGEWEZEN, WACHTLIJST, AFGEROND (withdrawn, or never answered), INGETROKKEN
 * WACHTLIJST  → GEACCEPTEERD, AFGEWEZEN, AFGEROND (gave up waiting), INGETROKKEN
 * GEACCEPTEERD → AFGEROND
 * AFGEWEZEN   → AFGEROND
 * AFGEROND    → (final)
 * INGETROKKEN → (final)
 * </pre>
 * INGETROKKEN is reached only when the consent the referral rests on is revoked (nobody chooses it): an open
 * referral stops, and the receiving wijkteam no longer sees it. An accepted referral is not withdrawn: the service
 * already took the person on, and the guide tells it (and finishes the referral).
 */
public enum VerwijzingStatus {
    AANGEMAAKT, VERSTUURD, GEACCEPTEERD, AFGEWEZEN, WACHTLIJST, AFGEROND, INGETROKKEN;

    /** The states this one may move to. */
    public Set<VerwijzingStatus> volgende() {
        return switch (this) {
            case AANGEMAAKT -> EnumSet.of(VERSTUURD, AFGEROND, INGETROKKEN);
            case VERSTUURD -> EnumSet.of(GEACCEPTEERD, AFGEWEZEN, WACHTLIJST, AFGEROND, INGETROKKEN);
            case WACHTLIJST -> EnumSet.of(GEACCEPTEERD, AFGEWEZEN, AFGEROND, INGETROKKEN);
            case GEACCEPTEERD, AFGEWEZEN -> EnumSet.of(AFGEROND);
            case AFGEROND, INGETROKKEN -> EnumSet.noneOf(VerwijzingStatus.class);
        };
    }

    public boolean magNaar(VerwijzingStatus naar) {
        return volgende().contains(naar);
    }

    /** An answer of the receiving service: accept, reject or waiting list. */
    public boolean isAntwoord() {
        return this == GEACCEPTEERD || this == AFGEWEZEN || this == WACHTLIJST;
    }

    /** Waiting for the service's (first or final) answer. */
    public boolean wachtOpAntwoord() {
        return this == VERSTUURD || this == WACHTLIJST;
    }

    public boolean isAfgerond() {
        return this == AFGEROND;
    }

    /** Open: not yet answered for good, so a revoked consent withdraws it (AANGEMAAKT, VERSTUURD, WACHTLIJST). */
    public boolean isOpen() {
        return this == AANGEMAAKT || this == VERSTUURD || this == WACHTLIJST;
    }

    /** Final: finished by the guide, or withdrawn because its consent was revoked. */
    public boolean isGesloten() {
        return this == AFGEROND || this == INGETROKKEN;
    }
}
