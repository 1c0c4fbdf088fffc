package nl.wegwijs.participatie.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.FasePeriode;
import nl.wegwijs.participatie.PiezoFase;

/** A phase period as the API shows it; {@code loopt} when it runs today. */
@Schema(description = "Een periode van een persoon in een Piëzo-fase")
record PiezoFaseResource(
        @Schema(description = "id van de periode", example = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d") UUID id,
        @Schema(description = "id van het "
                + "huishouden", example = "0c9a8b7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d") UUID huishoudenId,
        @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") UUID persoonId,
        @Schema(description = "de Piëzo-fase: BASIS_OP_ORDE (0, huis en gezin op orde), MEEDOEN_EN_TAAL (1, meedoen "
                + "en taal), LEREND_VRIJWILLIGERSWERK (2), VRIJWILLIGERSWERK_OF_STAGE (3, gericht op werk of "
                + "opleiding), NAAR_WERK_OF_OPLEIDING (4, gerichte begeleiding naar betaald werk of "
                + "opleiding)", example = "MEEDOEN_EN_TAAL") PiezoFase fase,
        @Schema(description = "nummer van de fase, 0 tot en met 4", example = "1") int faseNummer,
        @Schema(description = "eerste dag", example = "2026-03-02") LocalDate van,
        @Schema(description = "laatste dag; leeg: loopt nog", example = "2026-06-30", nullable = true)
        @Nullable LocalDate tot,
        @Schema(description = "loopt vandaag", example = "true") boolean loopt,
        @Schema(description = "notitie", example = "Volgt de taalcursus bij de bibliotheek in "
                + "Deventer.", nullable = true)
        @Nullable String notitie,
        @Schema(description = "versie voor optimistische vergrendeling", example = "1") long versie) {

    static PiezoFaseResource from(FasePeriode f, LocalDate vandaag) {
        return new PiezoFaseResource(f.id().value(), f.huishouden().value(), f.persoonId(), f.fase(), f.fase().nummer(),
                f.van(), f.tot(), f.loopt(vandaag), f.notitie(), f.versie());
    }
}
