package nl.wegwijs.zelfredzaamheid;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The score of one item (a component, or a domain without components) in a measurement.
 *
 * @param niveau the level, only with {@link Scorestatus#NIVEAU}
 */
public record Score(UUID item, Scorestatus status, @Nullable Integer niveau, @Nullable Wijze wijze) {

    public static Score niveau(UUID item, int niveau, @Nullable Wijze wijze) {
        return new Score(item, Scorestatus.NIVEAU, niveau, wijze);
    }

    public boolean vanToepassing() {
        return status != Scorestatus.NIET_VAN_TOEPASSING;
    }

    /** The level for comparisons: a realised item counts as the top of the scale, an inapplicable one as none. */
    public @Nullable Integer waarde(Schaal schaal) {
        return switch (status) {
            case NIVEAU -> niveau;
            case GEREALISEERD -> schaal.max();
            case NIET_VAN_TOEPASSING -> null;
        };
    }
}
