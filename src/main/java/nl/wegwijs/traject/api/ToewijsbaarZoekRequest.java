package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A search on a guide's name in the body, so that a name never stands in a URL. */
@Schema(description = "Zoeken op naam naar een medewerker om toe te wijzen. De naam staat in de body, nooit in het "
        + "adres.")
record ToewijsbaarZoekRequest(
        @Schema(description = "(deel van) de naam van de medewerker, 2 tot en met 100 tekens", example = "Sanne",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{api.toewijsbaar.naam.leeg}")
        @Size(min = 2, max = 100, message = "{api.toewijsbaar.naam.lengte}") @Nullable String naam) {
}
