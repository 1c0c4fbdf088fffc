package nl.wegwijs.afsluiting;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a warm handover: concept → gedeeld → driegesprek gepland → geaccepteerd; the guide can withdraw
 * it (teruggetrokken) until the wijkteam accepted it. A planned driegesprek can be moved (planned again).
 */
public enum OverdrachtStatus {
    CONCEPT, GEDEELD, DRIEGESPREK_GEPLAND, GEACCEPTEERD, TERUGGETROKKEN;

    public Set<OverdrachtStatus> volgende() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(GEDEELD, TERUGGETROKKEN);
            case GEDEELD -> EnumSet.of(DRIEGESPREK_GEPLAND, GEACCEPTEERD, TERUGGETROKKEN);
            case DRIEGESPREK_GEPLAND -> EnumSet.of(DRIEGESPREK_GEPLAND, GEACCEPTEERD, TERUGGETROKKEN);
            case GEACCEPTEERD, TERUGGETROKKEN -> EnumSet.noneOf(OverdrachtStatus.class);
        };
    }

    public boolean magNaar(OverdrachtStatus naar) {
        return volgende().contains(naar);
    }

    /** Shared and not yet accepted or withdrawn: in the wijkteam's inbox. */
    public boolean wachtOpWijkteam() {
        return this == GEDEELD || this == DRIEGESPREK_GEPLAND;
    }

    /** Neither accepted nor withdrawn. */
    public boolean isLopend() {
        return this != GEACCEPTEERD && this != TERUGGETROKKEN;
    }
}
