package nl.wegwijs.verwijzing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a referral, with its transition table as a pure rule:
 * <pre>
 * AANGEMAAKT  → VERSTUURD, AFGEROND (withdrawn before sending)
 * VERSTUURD   → GEACCEPTEERD, AFGEWEZEN, WACHTLIJST, AFGEROND (withdrawn, or never answered)
 * WACHTLIJST  → GEACCEPTEERD, AFGEWEZEN, AFGEROND (gave up waiting)
 * GEACCEPTEERD → AFGEROND
 * AFGEWEZEN   → AFGEROND
 * AFGEROND    → (final)
 * </pre>
 */
public enum VerwijzingStatus {
    AANGEMAAKT, VERSTUURD, GEACCEPTEERD, AFGEWEZEN, WACHTLIJST, AFGEROND;

    /** The states this one may move to. */
    public Set<VerwijzingStatus> volgende() {
        return switch (this) {
            case AANGEMAAKT -> EnumSet.of(VERSTUURD, AFGEROND);
            case VERSTUURD -> EnumSet.of(GEACCEPTEERD, AFGEWEZEN, WACHTLIJST, AFGEROND);
            case WACHTLIJST -> EnumSet.of(GEACCEPTEERD, AFGEWEZEN, AFGEROND);
            case GEACCEPTEERD, AFGEWEZEN -> EnumSet.of(AFGEROND);
            case AFGEROND -> EnumSet.noneOf(VerwijzingStatus.class);
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
}
