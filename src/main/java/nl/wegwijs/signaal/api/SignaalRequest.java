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

import nl.wegwijs.signaal.Aan;
import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.Deling;
import nl.wegwijs.signaal.NieuwSignaal;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.Urgentie;

/**
 * A new signal. {@code aan}: REGIEVOERDER, TEAMLEIDER or BEGELEIDING; {@code aanMedewerkerId}: a guide assigned to
 * the household, by name; {@code deling} (TOESTEMMING or ACUUT_GEVAAR): required when the guidance side writes to the
 * REGIEVOERDER, the basis for sharing it with the gemeente. Without either, the default of the caller's side (uitvoerder: the regievoerder; gemeente:
 * the guidance). Without {@code gemeldOp} it is today.
 */
@Schema(description = "Een nieuw signaal over een huishouden")
record SignaalRequest(
        @Schema(description = "de persoon om wie het gaat; leeg: het hele huishouden",
                example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d")
        @Nullable UUID persoonId,
        @Schema(description = "categorie: GEZONDHEID, PSYCHISCH, HUISELIJK_GEWELD, GELDZORGEN, SCHOOLVERZUIM, "
                + "GEZINSHERENIGING of ANDERS; gezondheid, psychisch en huiselijk geweld zijn "
                + "gevoelig", example = "GELDZORGEN", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{signaal.categorie.leeg}") @Nullable Categorie categorie,
        @Schema(description = "urgentie: LAAG, NORMAAL, HOOG of ACUUT (HOOG en ACUUT tellen als "
                + "dringend)", example = "HOOG", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{signaal.urgentie.leeg}") @Nullable Urgentie urgentie,
        @Schema(description = "wat er aan de hand is, tot 4000 tekens",
                example = "Er liggen drie aanmaningen van de energieleverancier; het gezin durft niet te "
                        + "bellen.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{signaal.omschrijving.leeg}")
        @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.omschrijving.te-lang}") @Nullable String omschrijving,
        @Schema(description = "gemeld op, niet in de toekomst; leeg: vandaag", example = "2026-03-09")
        @PastOrPresent(message = "{signaal.gemeld.toekomst}") @Nullable LocalDate gemeldOp,
        @Schema(description = "aan wie: REGIEVOERDER (de gemeente), TEAMLEIDER (de uitvoerder) of BEGELEIDING (de "
                + "begeleiding van het huishouden); leeg: de standaard van uw kant", example = "REGIEVOERDER")
        @Nullable Aan aan,
        @Schema(description = "of: één begeleider of vrijwilliger die nu aan het huishouden is toegewezen (niet uzelf)",
                example = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")
        @Nullable UUID aanMedewerkerId,
        @Schema(description = "grond om te delen met de gemeente, nodig als de begeleiding aan de regievoerder meldt: "
                + "TOESTEMMING (de statushouder stemde in) of ACUUT_GEVAAR", example = "TOESTEMMING")
        @Nullable Deling deling) {

    /** Only after validation. */
    NieuwSignaal toNieuwSignaal() {
        return new NieuwSignaal(persoonId, Objects.requireNonNull(categorie), Objects.requireNonNull(urgentie),
                Objects.requireNonNull(omschrijving), gemeldOp, aan, aanMedewerkerId, deling);
    }
}
