package nl.wegwijs.verzoek.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of requests across households; {@code volgende} is the {@code na} for the next page, null on the last. */
record VerzoekPagina(List<VerzoekRegelResource> items, @Nullable UUID volgende) {
}
