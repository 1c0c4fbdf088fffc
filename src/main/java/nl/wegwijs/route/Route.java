package nl.wegwijs.route;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The route of a household's guidance as the card shows it, computed by {@link Routeregels} from the trajectory:
 * the start, the contract's phases, the planned end, and how many months are behind and ahead.
 *
 * @param start the practical start of guidance; null while not started
 * @param einde the planned end (extensions included); null when the contract has no formal end
 * @param maandenGeweest whole months since the start (0 before it), at most {@code maandenTotaal}
 * @param maandenTeGaan months left until the planned end (0 after it); null without a formal end
 * @param maandenTotaal months from start to planned end; null without start or formal end
 */
public record Route(@Nullable LocalDate start, @Nullable LocalDate einde, int maandenGeweest,
        @Nullable Integer maandenTeGaan, @Nullable Integer maandenTotaal, List<Stap> stappen) {

    public Route {
        stappen = List.copyOf(stappen);
    }

    /** Share of the route behind, 0..100, for the progress bar (0 without a formal end). */
    public int procent() {
        if (maandenTotaal == null || maandenTotaal == 0) {
            return 0;
        }
        return Math.min(100, Math.round(100f * maandenGeweest / maandenTotaal));
    }

    public enum Soort {
        START, FASE, EINDE
    }

    public enum Stand {
        GEWEEST, NU, STRAKS
    }

    /**
     * One step of the route.
     *
     * @param naam the phase's name as the contract has it (Dutch); null for start and end
     * @param vanafMaand the month (from the start) it begins, indicative
     * @param totMaand the month it ends, indicative; null when open-ended
     */
    public record Stap(Soort soort, int nummer, @Nullable String naam, int vanafMaand, @Nullable Integer totMaand,
            Stand stand) {
    }
}
