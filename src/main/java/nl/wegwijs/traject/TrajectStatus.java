package nl.wegwijs.traject;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a trajectory: aangemeld → intake → actief → verlengd → afgerond / overgedragen / beëindigd.
 */
public enum TrajectStatus {
    AANGEMELD, INTAKE, ACTIEF, VERLENGD, AFGEROND, OVERGEDRAGEN, BEEINDIGD;

    /** The statuses this one may move to. */
    public Set<TrajectStatus> volgende() {
        return switch (this) {
            case AANGEMELD -> EnumSet.of(INTAKE, BEEINDIGD);
            case INTAKE -> EnumSet.of(ACTIEF, BEEINDIGD);
            case ACTIEF, VERLENGD -> EnumSet.of(VERLENGD, AFGEROND, OVERGEDRAGEN, BEEINDIGD);
            case AFGEROND, OVERGEDRAGEN, BEEINDIGD -> EnumSet.noneOf(TrajectStatus.class);
        };
    }

    public boolean magNaar(TrajectStatus naar) {
        return volgende().contains(naar);
    }

    public boolean isAfgesloten() {
        return this == AFGEROND || this == OVERGEDRAGEN || this == BEEINDIGD;
    }
}
