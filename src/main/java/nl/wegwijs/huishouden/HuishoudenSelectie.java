package nl.wegwijs.huishouden;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which households (or trajectories) a list asks for, on top of what the medewerker may see: it only narrows, never
 * widens. Every part is optional; {@code status} holds trajectory statuses (any of them), {@code medewerker} a guide
 * with a current assignment, the dates bound the registration date ({@code aangemeldVanaf} inclusive,
 * {@code aangemeldTot} exclusive), {@code naam} part of a person's name (matched as the worklist's search does, from
 * two characters).
 */
public record HuishoudenSelectie(List<String> status, @Nullable String fase, @Nullable UUID gemeente,
        @Nullable UUID uitvoerder, @Nullable UUID team, @Nullable UUID medewerker, @Nullable LocalDate aangemeldVanaf,
        @Nullable LocalDate aangemeldTot, @Nullable String naam) {

    /** Everything the medewerker may see. */
    public static final HuishoudenSelectie ALLES = new HuishoudenSelectie(List.of(), null, null, null, null, null,
            null, null, null);

    public HuishoudenSelectie {
        status = status == null ? List.of() : List.copyOf(status);
    }

    /** The same selection without a name (the name is matched on the household, the rest on its trajectory). */
    public HuishoudenSelectie zonderNaam() {
        return new HuishoudenSelectie(status, fase, gemeente, uitvoerder, team, medewerker, aangemeldVanaf,
                aangemeldTot, null);
    }
}
