package nl.wegwijs.traject.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.InburgeringAfronding;

/**
 * The day a person's inburgering ended and how (AFGEROND, ONTHEFFING, VRIJSTELLING); {@code afgerondOp} null
 * withdraws it. {@code versie} is the version of the person's facts last read (0 when nothing was recorded).
 */
record InburgeringRequest(@NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Nullable LocalDate afgerondOp, @Nullable InburgeringAfronding afronding) {
}
