package nl.wegwijs.contact.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of group sessions; {@code volgende} is the {@code na} for the next page, null on the last. */
record GroepsbijeenkomstPagina(List<GroepsbijeenkomstOverzichtResource> items, @Nullable UUID volgende) {

    static GroepsbijeenkomstPagina van(List<GroepsbijeenkomstOverzichtResource> items, int aantal) {
        return new GroepsbijeenkomstPagina(items, items.size() < aantal ? null : items.get(items.size() - 1).id());
    }
}
