package nl.wegwijs.tevredenheid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Pure rules: when the questionnaire is due (after the first year of guidance, or at the planned end when guidance is
 * shorter than a year, source 002 L3343-3345), and which groups the report may show (at least {@link #MIN_GROEP}
 * answers, so no household can be recognised).
 */
public final class Tevredenheidsregels {

    /** The smallest group the report shows. */
    public static final int MIN_GROEP = 5;
    /** The questionnaire can be taken this many weeks before its moment. */
    public static final int OPEN_WEKEN_VOOR = 6;
    /** After this many weeks past its moment it shows as late. */
    public static final int TE_LAAT_NA_WEKEN = 8;

    private Tevredenheidsregels() {
    }

    /**
     * The due questionnaire for guidance from {@code start} to {@code einde}: after twelve months, or at the end when
     * that comes sooner; none before the start is known.
     */
    public static Optional<Peiling> peiling(@Nullable LocalDate start, @Nullable LocalDate einde) {
        if (start == null) {
            return Optional.empty();
        }
        LocalDate jaar = start.plusMonths(12);
        if (einde != null && einde.isBefore(jaar)) {
            LocalDate op = einde.isBefore(start) ? start : einde;
            return Optional.of(new Peiling(Moment.EINDE, op, max(start, op.minusWeeks(OPEN_WEKEN_VOOR))));
        }
        return Optional.of(new Peiling(Moment.EERSTE_JAAR, jaar, jaar.minusWeeks(OPEN_WEKEN_VOOR)));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Whether a group of {@code aantal} answers may be shown. */
    public static boolean toonbaar(long aantal) {
        return aantal >= MIN_GROEP;
    }

    /**
     * The distribution of one question in one group: counts per scale value 1..5 (index 0..4) and the total answered,
     * or suppressed (all counts null) when fewer than {@link #MIN_GROEP} answered.
     */
    public static Verdeling verdeling(Map<Integer, Long> perWaarde) {
        long totaal = perWaarde.entrySet().stream().filter(e -> e.getKey() != null && e.getKey() >= 1
                && e.getKey() <= Vraag.SCHAAL).mapToLong(Map.Entry::getValue).sum();
        if (!toonbaar(totaal)) {
            return new Verdeling(totaal, null);
        }
        List<Long> aantallen = new ArrayList<>();
        for (int w = 1; w <= Vraag.SCHAAL; w++) {
            aantallen.add(perWaarde.getOrDefault(w, 0L));
        }
        return new Verdeling(totaal, aantallen);
    }

    /**
     * One question's answers in one group.
     *
     * @param aantallen counts per scale value 1..5, or null when suppressed
     */
    public record Verdeling(long totaal, @Nullable List<Long> aantallen) {

        public boolean onderdrukt() {
            return aantallen == null;
        }

        /** The share of value {@code w} (1..5) in percent, rounded; 0 when suppressed. */
        public int procent(int w) {
            if (aantallen == null || totaal == 0) {
                return 0;
            }
            return Math.round(100f * aantallen.get(w - 1) / totaal);
        }

        /** The mean on the scale with one decimal, or null when suppressed. */
        public @Nullable Double gemiddelde() {
            if (aantallen == null || totaal == 0) {
                return null;
            }
            double som = 0;
            for (int w = 1; w <= Vraag.SCHAAL; w++) {
                som += w * aantallen.get(w - 1);
            }
            return Math.round(10 * som / totaal) / 10.0;
        }
    }
}
