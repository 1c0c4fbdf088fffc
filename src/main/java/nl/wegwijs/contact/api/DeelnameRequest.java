package nl.wegwijs.contact.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Persons of one household who attended. */
record DeelnameRequest(
        @NotNull(message = "{contact.api.huishouden.leeg}") @Nullable UUID huishoudenId,
        @NotEmpty(message = "{contact.groep.deelnemers.leeg}") @Nullable List<UUID> persoonIds) {
}
