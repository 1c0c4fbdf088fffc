package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The teamleider undoes the end of an assignment ended by mistake. */
@Schema(description = "Het einde van een toewijzing ongedaan maken.")
record ToewijzingHerstelRequest(
        @Schema(description = "de versie van het traject die u het laatst las", example = "5")
        @NotNull(message = "{api.versie.leeg}") @Nullable Long versie) {
}
