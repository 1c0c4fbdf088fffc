package nl.wegwijs.zelfredzaamheid;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An instrument's ordered scale: consecutive values from 1 (lowest, the topic has priority) up to {@link #max()}
 * (fully self-reliant). Besides a level, a component can be "gerealiseerd" or "niet van toepassing" (see
 * {@link Score}).
 */
public record Schaal(List<Niveau> niveaus) {

    public Schaal {
        niveaus = niveaus.stream().sorted(Comparator.comparingInt(Niveau::waarde)).toList();
        for (int i = 0; i < niveaus.size(); i++) {
            if (niveaus.get(i).waarde() != i + 1) {
                throw new IllegalArgumentException("a scale runs 1, 2, 3 … without gaps");
            }
        }
        if (niveaus.size() < 2) {
            throw new IllegalArgumentException("a scale has at least two levels");
        }
    }

    public int min() {
        return 1;
    }

    public int max() {
        return niveaus.size();
    }

    public boolean bevat(int waarde) {
        return waarde >= 1 && waarde <= max();
    }

    public Optional<Niveau> niveau(@Nullable Integer waarde) {
        return waarde == null || !bevat(waarde) ? Optional.empty() : Optional.of(niveaus.get(waarde - 1));
    }

    public @Nullable String naam(@Nullable Integer waarde) {
        return niveau(waarde).map(Niveau::naam).orElse(null);
    }

    /**
     * The default threshold of "zelfredzaam genoeg?": the level whose name starts with "voldoende"; without one, the
     * level just below the top.
     */
    public int voldoende() {
        return niveaus.stream().filter(n -> n.naam().toLowerCase(Locale.ROOT).startsWith("voldoende"))
            .mapToInt(Niveau::waarde).findFirst().orElse(Math.max(1, max() - 1));
    }
}
