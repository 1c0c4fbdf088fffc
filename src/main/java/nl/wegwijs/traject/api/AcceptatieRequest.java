package nl.wegwijs.traject.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The teamleider accepts the aanmelding for one of their teams. */
record AcceptatieRequest(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{api.traject.team.leeg}") @Nullable UUID teamId) {
}
