package nl.wegwijs.huishouden.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Adds or changes one person, at the household version the client last read. */
record PersoonWijziging(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{api.persoon.leeg}") @Valid @Nullable PersoonRequest persoon) {
}
