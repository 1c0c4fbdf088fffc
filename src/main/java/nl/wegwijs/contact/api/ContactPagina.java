package nl.wegwijs.contact.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of a household's contacts; {@code volgende} is the {@code na} for the next page, null on the last. */
record ContactPagina(List<ContactmomentResource> items, @Nullable UUID volgende) {
}
