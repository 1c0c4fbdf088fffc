package nl.wegwijs.participatie.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.NieuweFase;

/** Ends a phase period on {@code tot} (its last day); a {@code notitie} replaces the note, none keeps it. */
record FaseEinde(
        @NotNull(message = "{participatie.api.versie.leeg}") @Nullable Long versie,
        @NotNull(message = "{participatie.tot.leeg}") @Nullable LocalDate tot,
        @Size(max = NieuweFase.NOTITIE_MAX, message = "{participatie.notitie.te-lang}") @Nullable String notitie) {
}
