package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One deadline of a traject as it stands on the day it was computed.
 *
 * @param soort what is due
 * @param persoonId the person it belongs to, or null for a household deadline
 * @param uiterlijk the due date; null when there is no end ({@link TermijnStatus#GEEN_EINDE}) or it cannot be
 *        computed ({@link TermijnStatus#ONBEKEND}); kept when done, if known, to show whether it was met
 * @param status where it stands
 * @param ontbreekt when {@link TermijnStatus#ONBEKEND}: the message key naming the missing date
 *        ({@code traject.termijn.ontbreekt.brp-inschrijving}, {@code …koppeling}, {@code …huisvesting},
 *        {@code …verhuizing}, {@code …fase-start})
 * @param afgerondOp when {@link TermijnStatus#AFGEROND}: the day it was done
 */
public record Termijn(TermijnSoort soort, @Nullable UUID persoonId, @Nullable LocalDate uiterlijk,
        TermijnStatus status, @Nullable String ontbreekt, @Nullable LocalDate afgerondOp) {

    public Termijn {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(status, "status");
        if (soort.isPerPersoon() != (persoonId != null)) {
            throw new IllegalArgumentException(soort + " needs a persoonId exactly when it is a personal deadline");
        }
        if ((status == TermijnStatus.ONBEKEND) != (ontbreekt != null)) {
            throw new IllegalArgumentException("ontbreekt is set exactly when the status is ONBEKEND");
        }
        if ((status == TermijnStatus.AFGEROND) != (afgerondOp != null)) {
            throw new IllegalArgumentException("afgerondOp is set exactly when the status is AFGEROND");
        }
        if (isOpenStatus(status) && uiterlijk == null) {
            throw new IllegalArgumentException(status + " needs a due date");
        }
        if ((status == TermijnStatus.GEEN_EINDE || status == TermijnStatus.ONBEKEND) && uiterlijk != null) {
            throw new IllegalArgumentException(status + " has no due date");
        }
    }

    /** Still to be met: OP_TIJD, BINNENKORT or VERLOPEN, and so always with a due date. */
    public boolean isOpen() {
        return isOpenStatus(status);
    }

    public boolean isVerlopen() {
        return status == TermijnStatus.VERLOPEN;
    }

    private static boolean isOpenStatus(TermijnStatus status) {
        return status == TermijnStatus.OP_TIJD || status == TermijnStatus.BINNENKORT
                || status == TermijnStatus.VERLOPEN;
    }
}
