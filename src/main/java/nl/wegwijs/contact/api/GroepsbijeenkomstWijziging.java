package nl.wegwijs.contact.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Changes a group session, at the version the client last read. */
record GroepsbijeenkomstWijziging(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{contact.api.groepsbijeenkomst.leeg}") @Valid @Nullable GroepsbijeenkomstRequest groepsbijeenkomst) {
}
