package nl.wegwijs.traject.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The day the gemeente set a person's PIP; {@code vastgesteldOp} null withdraws it. {@code versie} is the version
 * of the person's facts last read (0 when nothing was recorded).
 */
record PipRequest(@NotNull(message = "{api.versie.leeg}") @Nullable Long versie, @Nullable LocalDate vastgesteldOp) {
}
