package nl.wegwijs.signaal.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One page of signals; {@code volgende} is the {@code na} for the next page, null on the last. */
record SignaalPagina(List<SignaalRegelResource> items, @Nullable UUID volgende) {
}
