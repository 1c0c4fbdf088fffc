package nl.wegwijs.participatie;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.DomeinFout;

/**
 * The rules of phases and placements, as plain functions of their input and today: dates in a sane range (from at
 * most {@link #MAX_TERUG} ago to at most {@link #MAX_VOORUIT} ahead), an end not before the start, 1 to 40 hours a
 * week, a language level passed on only with the person's agreement, and no two periods of the same phase for the same
 * person that share a day. Refusals carry a message key, so the form and the API say the same in Dutch.
 */
public final class Participatieregels {

    /** How far back a phase or placement can start. */
    public static final Period MAX_TERUG = Period.ofYears(10);

    /** How far ahead a start or an end can lie. */
    public static final Period MAX_VOORUIT = Period.ofYears(2);

    public static final int MIN_UREN = 1;
    public static final int MAX_UREN = 40;

    private Participatieregels() {
    }

    /** Whether [van1, tot1] and [van2, tot2] share a day; a null end is open. */
    public static boolean overlappen(LocalDate van1, @Nullable LocalDate tot1, LocalDate van2,
            @Nullable LocalDate tot2) {
        return (tot2 == null || !van1.isAfter(tot2)) && (tot1 == null || !van2.isAfter(tot1));
    }

    /** A start date within the sane range. */
    public static void vereisStart(LocalDate van, LocalDate vandaag) {
        if (van.isBefore(vandaag.minus(MAX_TERUG))) {
            throw new DomeinFout("participatie.van.te-oud");
        }
        if (van.isAfter(vandaag.plus(MAX_VOORUIT))) {
            throw new DomeinFout("participatie.van.te-ver");
        }
    }

    /** An end (of a period or a placement, planned or actual): not before the start, not too far ahead. */
    public static void vereisEinde(LocalDate van, @Nullable LocalDate tot, LocalDate vandaag) {
        if (tot == null) {
            return;
        }
        if (tot.isBefore(van)) {
            throw new DomeinFout("participatie.tot.voor-van");
        }
        if (tot.isAfter(vandaag.plus(MAX_VOORUIT))) {
            throw new DomeinFout("participatie.tot.te-ver");
        }
    }

    /**
     * A new or changed period of {@code fase} from {@code van} to {@code tot} shares no day with another period of the
     * same phase of the same person ({@code bestaande}: that person's periods; {@code zelf} is left out).
     */
    public static void vereisGeenOverlap(Collection<FasePeriode> bestaande, PiezoFase fase, LocalDate van,
            @Nullable LocalDate tot, @Nullable FaseId zelf) {
        for (FasePeriode p : bestaande) {
            if (p.fase() == fase && !p.id().equals(zelf) && p.overlapt(van, tot)) {
                throw new DomeinFout("participatie.fase.overlap");
            }
        }
    }

    /** The phases a person is in on this day. */
    public static Set<PiezoFase> huidigeFasen(Collection<FasePeriode> perioden, LocalDate dag) {
        Set<PiezoFase> fasen = EnumSet.noneOf(PiezoFase.class);
        perioden.stream().filter(p -> p.loopt(dag)).forEach(p -> fasen.add(p.fase()));
        return fasen;
    }

    /** A dual route: two or more phases run on this day. */
    public static boolean duaal(Collection<FasePeriode> perioden, LocalDate dag) {
        return huidigeFasen(perioden, dag).size() >= 2;
    }

    /** Hours per week from {@link #MIN_UREN} to {@link #MAX_UREN}. */
    public static void vereisUren(int uren) {
        if (uren < MIN_UREN || uren > MAX_UREN) {
            throw new DomeinFout("participatie.uren.bereik", MIN_UREN, MAX_UREN);
        }
    }

    /** A language level is passed to the host only with the person's agreement. */
    public static void vereisTaalniveau(@Nullable Taalniveau niveau, boolean akkoord) {
        if (niveau != null && !akkoord) {
            throw new DomeinFout("participatie.taalniveau.geen-akkoord");
        }
    }

    /** Free text within {@code max} characters; blank becomes null. */
    public static @Nullable String tekst(@Nullable String tekst, int max) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        String t = tekst.strip();
        if (t.length() > max) {
            throw new DomeinFout("participatie.tekst.te-lang", max);
        }
        return t;
    }

    /** A placement's checks: host named, hours, dates, language level. */
    public static PlaatsingGegevens vereisPlaatsing(PlaatsingGegevens g, LocalDate vandaag) {
        String organisatie = tekst(g.organisatie(), PlaatsingGegevens.NAAM_MAX);
        if (organisatie == null) {
            throw new DomeinFout("participatie.organisatie.leeg");
        }
        vereisUren(g.urenPerWeek());
        vereisStart(g.start(), vandaag);
        if (g.geplandEinde() != null && g.geplandEinde().isBefore(g.start())) {
            throw new DomeinFout("participatie.gepland-einde.voor-start");
        }
        vereisEinde(g.start(), g.geplandEinde(), vandaag);
        vereisTaalniveau(g.taalniveau(), g.taalniveauAkkoord());
        return new PlaatsingGegevens(g.persoonId(), g.soort(), organisatie,
                tekst(g.contactpersoon(), PlaatsingGegevens.NAAM_MAX), g.urenPerWeek(), g.start(), g.geplandEinde(),
                g.taalniveau(), g.taalniveauAkkoord(), g.werkAangepast(),
                tekst(g.notitie(), PlaatsingGegevens.NOTITIE_MAX));
    }
}
