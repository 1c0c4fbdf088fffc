package nl.wegwijs.afsluiting;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a warm handover: concept → gedeeld → driegesprek gepland → geaccepteerd; the guide can withdraw
 * it (teruggetrokken) until the wijkteam accepted it. A planned driegesprek can be moved (planned again). The
 * receiving wijkteam can refuse it (afgewezen, with a reason) wherever it could accept it: shared, or with a
 * driegesprek planned. Accepted, withdrawn and refused are final: a refused handover stays as it was shared, as
 * history the guide reads; the trajectory stays open and the guide starts a new handover (to the same or another
 * receiver) or closes the guidance another way.
 */
public enum OverdrachtStatus {
    CONCEPT, GEDEELD, DRIEGESPREK_GEPLAND, GEACCEPTEERD, TERUGGETROKKEN, AFGEWEZEN;

    public Set<OverdrachtStatus> volgende() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(GEDEELD, TERUGGETROKKEN);
            case GEDEELD -> EnumSet.of(DRIEGESPREK_GEPLAND, GEACCEPTEERD, AFGEWEZEN, TERUGGETROKKEN);
            case DRIEGESPREK_GEPLAND -> EnumSet.of(DRIEGESPREK_GEPLAND, GEACCEPTEERD, AFGEWEZEN, TERUGGETROKKEN);
            case GEACCEPTEERD, TERUGGETROKKEN, AFGEWEZEN -> EnumSet.noneOf(OverdrachtStatus.class);
        };
    }

    public boolean magNaar(OverdrachtStatus naar) {
        return volgende().contains(naar);
    }

    /** Shared and not yet accepted, refused or withdrawn: in the wijkteam's inbox. */
    public boolean wachtOpWijkteam() {
        return this == GEDEELD || this == DRIEGESPREK_GEPLAND;
    }

    /** Neither accepted, withdrawn nor refused. */
    public boolean isLopend() {
        return this != GEACCEPTEERD && this != TERUGGETROKKEN && this != AFGEWEZEN;
    }
}
