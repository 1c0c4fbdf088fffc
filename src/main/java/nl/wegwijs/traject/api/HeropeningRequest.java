package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Reopens a closed trajectory (teamleider, within the period after its end date), with the reason why. */
@Schema(description = "Een afgesloten traject heropenen, met de reden")
record HeropeningRequest(
        @Schema(description = "de versie van het traject die u het laatst "
                + "las", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "waarom, tot 2000 tekens", example = "Per vergissing afgesloten; begeleiding loopt "
                + "door.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{traject.heropenen.reden}")
        @Size(max = 2000, message = "{api.tekst.te-lang}") @Nullable String reden) {
}
