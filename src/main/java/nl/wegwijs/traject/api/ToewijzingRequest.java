package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.ToewijzingRol;

/** The teamleider assigns a medewerker of their own organisation in a role, from a day (which may be planned). */
record ToewijzingRequest(
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{api.toewijzing.medewerker.leeg}") @Nullable UUID medewerkerId,
        @NotNull(message = "{api.toewijzing.rol.leeg}") @Nullable ToewijzingRol rol,
        @NotNull(message = "{api.toewijzing.vanaf.leeg}") @Nullable LocalDate vanaf) {
}
