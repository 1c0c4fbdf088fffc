package nl.wegwijs.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The seeded source of every choice the generator makes, so a seed gives the same data set. Ids come from here too
 * (random version-4 UUIDs drawn from the seed), never from {@link UUID#randomUUID()}.
 */
final class Willekeur {

    private final SplittableRandom random;

    Willekeur(long seed) {
        this(new SplittableRandom(seed));
    }

    private Willekeur(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream for one part of the data (a gemeente, a household), fixed by this one's position. */
    Willekeur splits() {
        return new Willekeur(random.split());
    }

    UUID uuid() {
        long hoog = (random.nextLong() & ~0xF000L) | 0x4000L;
        long laag = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(hoog, laag);
    }

    /** A uniform fraction in [0, 1). */
    double fractie() {
        return random.nextDouble();
    }

    boolean kans(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code min} up to and including {@code max}. */
    int tussen(int min, int max) {
        return max <= min ? min : min + random.nextInt(max - min + 1);
    }

    LocalDate plusDagen(LocalDate datum, int min, int max) {
        return datum.plusDays(tussen(min, max));
    }

    <T> T kies(List<T> lijst) {
        return lijst.get(random.nextInt(lijst.size()));
    }

    /** An index into {@code gewichten}, each chosen in proportion to its weight. */
    int gewogen(double[] gewichten) {
        double totaal = 0;
        for (double g : gewichten) {
            totaal += g;
        }
        double r = random.nextDouble() * totaal;
        for (int i = 0; i < gewichten.length; i++) {
            r -= gewichten[i];
            if (r < 0) {
                return i;
            }
        }
        return gewichten.length - 1;
    }
}
