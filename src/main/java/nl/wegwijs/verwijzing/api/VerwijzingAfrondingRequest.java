package nl.wegwijs.verwijzing.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Finishing a referral (done, or withdrawn by the guide), with the outcome and the version last read. */
@Schema(description = "Een verwijzing afronden, met de uitkomst en de versie die u het laatst las")
record VerwijzingAfrondingRequest(
        @Schema(description = "de versie die u het laatst las", example = "3",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{verwijzing.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de uitkomst, tot 2000 tekens", example = "Eerste gesprek gehad; begeleiding loopt")
        @Size(max = 2000, message = "{verwijzing.api.tekst.lang}") @Nullable String uitkomst) {
}
