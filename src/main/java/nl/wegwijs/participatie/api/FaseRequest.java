package nl.wegwijs.participatie.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.NieuweFase;
import nl.wegwijs.participatie.PiezoFase;

/** A new phase period; without {@code tot} it still runs. Overlap with the same phase and date ranges: 422. */
record FaseRequest(
        @NotNull(message = "{participatie.persoon.leeg}") @Nullable UUID persoonId,
        @NotNull(message = "{participatie.fase.leeg}") @Nullable PiezoFase fase,
        @NotNull(message = "{participatie.van.leeg}") @Nullable LocalDate van,
        @Nullable LocalDate tot,
        @Size(max = NieuweFase.NOTITIE_MAX, message = "{participatie.notitie.te-lang}") @Nullable String notitie) {

    NieuweFase toInvoer() {
        return new NieuweFase(java.util.Objects.requireNonNull(persoonId), java.util.Objects.requireNonNull(fase),
                java.util.Objects.requireNonNull(van), tot, notitie);
    }
}
