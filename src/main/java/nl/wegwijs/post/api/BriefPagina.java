package nl.wegwijs.post.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of a household's letters; {@code volgende} is the {@code na} for the next page, null on the last. */
record BriefPagina(List<BriefResource> items, @Nullable UUID volgende) {
}
