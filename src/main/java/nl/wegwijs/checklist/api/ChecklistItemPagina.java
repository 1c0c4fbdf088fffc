package nl.wegwijs.checklist.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of checklist items; {@code volgende} is the {@code na} for the next page, null on the last. */
record ChecklistItemPagina(List<ChecklistItemResource> items, @Nullable UUID volgende) {

    static ChecklistItemPagina van(List<ChecklistItemResource> items, int aantal) {
        return new ChecklistItemPagina(items, items.size() < aantal ? null : items.get(items.size() - 1).id());
    }
}
