package nl.wegwijs.ontzorgen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The rules of financieel ontzorgen, without Spring or a database:
 * <ul>
 * <li>the period: from the start (the start of bijstand) for the regime's number of months; it ends on the planned
 * end, or earlier on the day it stopped (bijstand stopped);
 * <li>the months of the period (one status each): the start's month and the following ones, as many as the regime's
 * months; when it stopped early only the months that began before the stop (the first always);
 * <li>"overgang geregeld": at least the norm's budget coaching sessions held or planned on or before the end
 * (cancelled ones do not count);
 * <li>the warning: the end is within the next weeks (today included) and the transition is not arranged.
 * </ul>
 */
public final class Ontzorgregels {

    private Ontzorgregels() {
    }

    /** The planned end: start plus the regime's months (the first day they pay themselves). */
    public static LocalDate geplandEinde(LocalDate start, int maanden) {
        return start.plusMonths(maanden);
    }

    /** The day ontzorgen ends: the stop when it stopped early, else the planned end; null while not started. */
    public static @Nullable LocalDate einde(@Nullable LocalDate start, int maanden, @Nullable LocalDate gestoptOp) {
        if (start == null) {
            return null;
        }
        return gestoptOp != null ? gestoptOp : geplandEinde(start, maanden);
    }

    /** The months of the period that get a status. */
    public static List<YearMonth> maanden(@Nullable LocalDate start, int maanden, @Nullable LocalDate gestoptOp) {
        List<YearMonth> lijst = new ArrayList<>();
        if (start == null) {
            return lijst;
        }
        YearMonth eerste = YearMonth.from(start);
        for (int i = 0; i < maanden; i++) {
            YearMonth m = eerste.plusMonths(i);
            if (i > 0 && gestoptOp != null && !m.atDay(1).isBefore(gestoptOp)) {
                break;
            }
            lijst.add(m);
        }
        return lijst;
    }

    /** How many sessions count towards the transition: held or planned, on or before the end (any date while open). */
    public static int gesprekkenVoorEinde(Collection<Coachgesprek> gesprekken, @Nullable LocalDate einde) {
        return (int) gesprekken.stream()
            .filter(g -> g.status().telt() && (einde == null || !g.datum().isAfter(einde)))
            .count();
    }

    /** The transition to paying themselves is arranged: the norm's sessions held or planned before the end. */
    public static boolean overgangGeregeld(Collection<Coachgesprek> gesprekken, @Nullable LocalDate einde, int norm) {
        return gesprekkenVoorEinde(gesprekken, einde) >= norm;
    }

    /** {@link #overgangGeregeld(Collection, LocalDate, int)} from a count (as the worklist's query gives it). */
    public static boolean overgangGeregeld(int gesprekkenVoorEinde, int norm) {
        return gesprekkenVoorEinde >= norm;
    }

    /**
     * Ends without a transition soon: started, the end today or within {@code weken} weeks, and the transition not
     * arranged.
     */
    public static boolean eindigtZonderOvergang(@Nullable LocalDate einde, boolean overgangGeregeld,
            LocalDate vandaag, int weken) {
        return einde != null && !overgangGeregeld && !einde.isBefore(vandaag)
                && !einde.isAfter(vandaag.plusWeeks(weken));
    }

    /** Where a household stands: not started, running, or ended. */
    public static Fase fase(@Nullable LocalDate start, @Nullable LocalDate einde, LocalDate vandaag) {
        if (start == null || einde == null || start.isAfter(vandaag)) {
            return Fase.NIET_GESTART;
        }
        return einde.isAfter(vandaag) ? Fase.LOOPT : Fase.AFGELOPEN;
    }

    /** Where ontzorgen stands today. */
    public enum Fase {
        NIET_GESTART, LOOPT, AFGELOPEN
    }
}
