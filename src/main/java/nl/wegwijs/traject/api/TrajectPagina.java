package nl.wegwijs.traject.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of trajectories; {@code volgende} is the {@code na} for the next page, null on the last. */
record TrajectPagina(List<TrajectOverzichtResource> items, @Nullable UUID volgende) {

    static TrajectPagina van(List<TrajectOverzichtResource> items, int aantal) {
        return new TrajectPagina(items, items.size() < aantal ? null : items.get(items.size() - 1).id());
    }
}
