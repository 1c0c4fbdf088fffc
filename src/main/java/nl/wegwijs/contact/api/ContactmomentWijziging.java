package nl.wegwijs.contact.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Changes a contact, at the version the client last read. */
record ContactmomentWijziging(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{contact.api.contactmoment.leeg}") @Valid @Nullable ContactmomentRequest contactmoment) {
}
