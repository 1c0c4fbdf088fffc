package nl.wegwijs.pip;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What one PIP version plans: the learning route and target level, the modules MAP (Module Arbeidsmarkt en
 * Participatie) and PVT (Participatieverklaringstraject) with their planned dates, the planned start of the learning
 * route (first language lesson), whether the gemeente ontzorgt financially, and how intensive the guidance is.
 */
public record Plan(@Nullable Leerroute leerroute, @Nullable Taalniveau niveau, @Nullable LocalDate mapGepland,
        @Nullable LocalDate pvtGepland, @Nullable LocalDate startGepland, boolean ontzorgen,
        @Nullable Intensiteit intensiteit) {

    /** A new draft's plan: nothing chosen but the default intensity. */
    public static Plan leeg() {
        return new Plan(null, null, null, null, null, true, Intensiteit.GEMIDDELD);
    }
}
