package nl.wegwijs.participatie.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.NieuweFase;
import nl.wegwijs.participatie.PiezoFase;

/** A new phase period; without {@code tot} it still runs. Overlap with the same phase and date ranges: 422. */
@Schema(description = "Een nieuwe periode in een Piëzo-fase")
record PiezoFaseRequest(
        @Schema(description = "id van de persoon uit het "
                + "huishouden", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.persoon.leeg}") @Nullable UUID persoonId,
        @Schema(description = "de Piëzo-fase: BASIS_OP_ORDE (0, huis en gezin op orde), MEEDOEN_EN_TAAL (1, meedoen "
                + "en taal), LEREND_VRIJWILLIGERSWERK (2), VRIJWILLIGERSWERK_OF_STAGE (3, gericht op werk of "
                + "opleiding), NAAR_WERK_OF_OPLEIDING (4, gerichte begeleiding naar betaald werk of "
                + "opleiding)", example = "MEEDOEN_EN_TAAL", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.fase.leeg}") @Nullable PiezoFase fase,
        @Schema(description = "eerste dag in de "
                + "fase", example = "2026-03-02", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.van.leeg}") @Nullable LocalDate van,
        @Schema(description = "laatste dag; leeg: loopt nog", example = "2026-06-30")
        @Nullable LocalDate tot,
        @Schema(description = "notitie, tot 2000 tekens", example = "Volgt de taalcursus bij de bibliotheek in "
                + "Deventer.")
        @Size(max = NieuweFase.NOTITIE_MAX, message = "{participatie.notitie.te-lang}") @Nullable String notitie) {

    NieuweFase toInvoer() {
        return new NieuweFase(java.util.Objects.requireNonNull(persoonId), java.util.Objects.requireNonNull(fase),
                java.util.Objects.requireNonNull(van), tot, notitie);
    }
}
