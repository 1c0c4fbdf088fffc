package nl.wegwijs.signaal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Actiepunt;
import nl.wegwijs.signaal.ActiepuntGegevens;
import nl.wegwijs.signaal.Eigenaar;

/**
 * A new action of the plan van aanpak. PARTNER takes a {@code partnerNaam}; an {@code eigenaarMedewerkerId} must work for the
 * household's uitvoerder (as BEGELEIDER) or gemeente (as REGIEVOERDER).
 */
@Schema(description = "Een nieuwe actie van het plan van aanpak")
record ActiepuntRequest(
        @Schema(description = "wat er moet gebeuren, tot 1000 tekens", example = "Betalingsregeling aanvragen bij "
                + "Vattenfall", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{signaal.actie.omschrijving.leeg}")
        @Size(max = Actiepunt.OMSCHRIJVING_MAX, message = "{signaal.actie.omschrijving.te-lang}")
        @Nullable String omschrijving,
        @Schema(description = "eigenaar: BEGELEIDER, REGIEVOERDER, PARTNER (een organisatie van buiten, met "
                + "partnerNaam) of STATUSHOUDER", example = "BEGELEIDER", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{signaal.actie.eigenaar.leeg}") @Nullable Eigenaar eigenaar,
        @Schema(description = "naam van de partner, tot 200 tekens; nodig bij PARTNER", example = "Schuldhulp "
                + "Rotterdam")
        @Size(max = Actiepunt.NAAM_MAX, message = "{signaal.actie.partner.te-lang}") @Nullable String partnerNaam,
        @Schema(description = "de medewerker die eigenaar is (bij BEGELEIDER of REGIEVOERDE, requiredMode = "
                + "Schema.RequiredMode.REQUIRED)",
                example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        @Nullable UUID eigenaarMedewerkerId,
        @Schema(description = "streefdatum", example = "2026-03-20", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{signaal.actie.streefdatum.leeg}") @Nullable LocalDate streefdatum,
        @Schema(description = "gedaan op, niet in de toekomst; leeg: nog open", example = "2026-03-18")
        @PastOrPresent(message = "{signaal.actie.gedaan.toekomst}") @Nullable LocalDate gedaanOp) {

    /** Only after validation. */
    ActiepuntGegevens toGegevens() {
        return new ActiepuntGegevens(Objects.requireNonNull(omschrijving), Objects.requireNonNull(eigenaar),
                partnerNaam, eigenaarMedewerkerId, Objects.requireNonNull(streefdatum), gedaanOp);
    }
}
