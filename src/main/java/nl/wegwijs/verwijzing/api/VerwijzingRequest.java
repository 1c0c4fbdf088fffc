package nl.wegwijs.verwijzing.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.verwijzing.ExterneToestemming;
import nl.wegwijs.verwijzing.NieuweVerwijzing;

/**
 * A new referral from the file. Sent at once unless {@code versturen} is false; then the consent is checked first.
 * For a service outside Wegwijs the consent the person gave is recorded on the referral ({@code toestemmingWijze}
 * and {@code toestemmingOp}, both or neither).
 */
@Schema(description = "Een nieuwe verwijzing naar een dienst van de sociale kaart van de gemeente van het huishouden")
record VerwijzingRequest(
        @Schema(description = "de persoon die u verwijst; leeg: het hele huishouden",
                example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
        @Nullable UUID persoonId,
        @Schema(description = "de dienst (actief, van de gemeente van het huishouden)",
                example = "3c2b1a0f-9e8d-4c7b-8a6f-5e4d3c2b1a0f", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{verwijzing.api.dienst.leeg}") @Nullable UUID dienstId,
        @Schema(description = "waarom, tot 2000 tekens", example = "Hulp bij de opvoeding van de jongste zoon",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{verwijzing.api.reden.leeg}")
        @Size(max = 2000, message = "{verwijzing.api.tekst.lang}") @Nullable String reden,
        @Schema(description = "warm: de begeleider gaat mee of belt samen; leeg: koud", example = "true")
        @Nullable Boolean warm,
        @Schema(description = "het signaal waar de verwijzing uit voortkomt",
                example = "5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c")
        @Nullable UUID signaalId,
        @Schema(description = "meteen versturen (dan is een geldige toestemming nodig); leeg: ja. false: alleen "
                + "aanmaken", example = "true")
        @Nullable Boolean versturen,
        @Schema(description = "bij een dienst buiten Wegwijs: hoe de persoon toestemming gaf voor deze verwijzing",
                example = "MONDELING_MET_TOLK")
        @Nullable Wijze toestemmingWijze,
        @Schema(description = "bij een dienst buiten Wegwijs: wanneer (niet in de toekomst)", example = "2026-12-01")
        @Nullable LocalDate toestemmingOp) {

    /** Only after validation. */
    NieuweVerwijzing toNieuw() {
        return new NieuweVerwijzing(persoonId, Objects.requireNonNull(dienstId), Objects.requireNonNull(reden),
                Boolean.TRUE.equals(warm), signaalId, !Boolean.FALSE.equals(versturen),
                extern(toestemmingWijze, toestemmingOp));
    }

    /** The consent recorded on the referral: both parts or none (half a consent is refused, 422). */
    static @Nullable ExterneToestemming extern(@Nullable Wijze wijze, @Nullable LocalDate op) {
        if (wijze == null && op == null) {
            return null;
        }
        if (wijze == null || op == null) {
            throw new DomeinFout("verwijzing.api.toestemming.half");
        }
        return new ExterneToestemming(wijze, op);
    }
}
