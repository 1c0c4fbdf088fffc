package nl.wegwijs.huishouden.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of households; {@code volgende} is the {@code na} for the next page, null on the last. */
record HuishoudenPagina(List<HuishoudenResource> items, @Nullable UUID volgende) {

    static HuishoudenPagina van(List<HuishoudenResource> items, int aantal) {
        return new HuishoudenPagina(items, items.size() < aantal ? null : items.get(items.size() - 1).id());
    }
}
