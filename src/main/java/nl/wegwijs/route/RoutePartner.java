package nl.wegwijs.route;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A partner on the route card: a service of the sociale kaart and, optionally, the guide's short line on what it does
 * for this household (printed as written; without it the card prints the kind's standard line in every language).
 */
public record RoutePartner(UUID dienstId, @Nullable String wat) {

    public static final int WAT_MAX = 200;
}
