package nl.wegwijs.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.generator.Trajectverloop.Stap;
import nl.wegwijs.generator.Trajectverloop.Verloop;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.TrajectStatus;

/**
 * What the makers of daily guidance (checklist, letters, signals) share about one trajectory: the days on which
 * guidance can be recorded, who is assigned on a day, and moments on a day that never lie after now. Guidance is
 * recorded from the intake (the first status in which the services take records) up to today, or up to the day
 * before the trajectory closed: a closed trajectory takes no new records.
 */
final class Begeleidingsdagen {

    /**
     * The days a trajectory took guidance records.
     *
     * @param loopt the trajectory still runs (intake, active, extended); else it closed after {@code laatste}
     */
    record Venster(LocalDate eerste, LocalDate laatste, boolean loopt) {

        long dagen() {
            return ChronoUnit.DAYS.between(eerste, laatste);
        }
    }

    final LocalDate vandaag;
    private final Instant nu;
    private final ZoneId zone;

    Begeleidingsdagen(LocalDate vandaag, Instant nu, ZoneId zone) {
        this.vandaag = vandaag;
        this.nu = nu;
        this.zone = zone;
    }

    /** The window of a trajectory, or null when it never reached the intake (still aangemeld). */
    @Nullable Venster venster(Verloop v) {
        LocalDate intake = null;
        for (Stap s : v.stappen) {
            if (s.status() == TrajectStatus.INTAKE) {
                intake = s.op();
                break;
            }
        }
        if (intake == null) {
            return null;
        }
        if (!v.status.isAfgesloten()) {
            return new Venster(intake, vandaag, true);
        }
        LocalDate dag = java.util.Objects.requireNonNull(v.einde).minusDays(1);
        return new Venster(intake, dag.isBefore(intake) ? intake : dag, false);
    }

    /**
     * Someone assigned on {@code dag} (begeleider, phase-1 worker or vrijwilliger), chosen by {@code lot}; with
     * {@code fase1} a phase-1 worker when one is assigned. Null when nobody is.
     */
    static @Nullable Medewerker gids(Verloop v, LocalDate dag, double lot, boolean fase1) {
        List<Toewijzing> actief = v.actief(dag);
        if (actief.isEmpty()) {
            return null;
        }
        Toewijzing gekozen = actief.get(Math.min(actief.size() - 1, (int) (lot * actief.size())));
        if (fase1) {
            for (Toewijzing t : actief) {
                if (t.rol() == ToewijzingRol.FASE1) {
                    gekozen = t;
                    break;
                }
            }
        }
        return v.wie.get(gekozen.medewerkerId());
    }

    /** A paid guide (begeleider or phase-1 worker) assigned on {@code dag}, or null. */
    static @Nullable Medewerker begeleider(Verloop v, LocalDate dag) {
        for (Toewijzing t : v.actief(dag)) {
            if (t.rol() != ToewijzingRol.VRIJWILLIGER) {
                return v.wie.get(t.medewerkerId());
            }
        }
        return null;
    }

    /** The first day from {@code dag} up to {@code tot} on which someone is assigned, or null. */
    static @Nullable LocalDate eersteMetGids(Verloop v, LocalDate dag, LocalDate tot) {
        LocalDate eerste = null;
        for (Toewijzing t : v.toewijzingen) {
            LocalDate van = t.vanaf().isAfter(dag) ? t.vanaf() : dag;
            if ((t.tot() == null || !t.tot().isBefore(van)) && !van.isAfter(tot)
                    && (eerste == null || van.isBefore(eerste))) {
                eerste = van;
            }
        }
        return eerste;
    }

    /** A moment during office hours on {@code dag} (08:30 to 17:30), chosen by {@code lot}; never after now. */
    Instant moment(LocalDate dag, double lot) {
        return uiterlijkNu(dag.atTime(8, 30).plusSeconds((long) (lot * 9 * 3600)).atZone(zone).toInstant(), lot);
    }

    /** A moment of the nightly jobs on {@code dag} (02:30 to 03:00); never after now. */
    Instant nacht(LocalDate dag, double lot) {
        return uiterlijkNu(dag.atTime(2, 30).plusSeconds((long) (lot * 1800)).atZone(zone).toInstant(), lot);
    }

    /** A moment still to come today moves to the last hour before now, so nothing is recorded in the future. */
    private Instant uiterlijkNu(Instant m, double lot) {
        return m.isAfter(nu) ? nu.minusSeconds(1 + (long) (lot * 3599)) : m;
    }

    /** A day from {@code van} up to and including {@code tot}, chosen by {@code lot}. */
    static LocalDate dag(LocalDate van, LocalDate tot, double lot) {
        long dagen = ChronoUnit.DAYS.between(van, tot);
        return dagen <= 0 ? van : van.plusDays(Math.min(dagen, (long) (lot * (dagen + 1))));
    }

    /** Year 1, 2, 3 … of guidance on {@code datum}, as the checklist overview counts it (before the start: 1). */
    static int trajectjaar(LocalDate start, LocalDate datum) {
        return datum.isAfter(start) ? Period.between(start, datum).getYears() + 1 : 1;
    }

    /** An index into {@code gewichten}, each chosen in proportion to its weight, by {@code lot} in [0, 1). */
    static int kies(double[] gewichten, double lot) {
        double totaal = 0;
        for (double g : gewichten) {
            totaal += g;
        }
        double r = lot * totaal;
        for (int i = 0; i < gewichten.length; i++) {
            r -= gewichten[i];
            if (r < 0) {
                return i;
            }
        }
        return gewichten.length - 1;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
