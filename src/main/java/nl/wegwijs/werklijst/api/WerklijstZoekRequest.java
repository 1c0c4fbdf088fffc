package nl.wegwijs.werklijst.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A search on name in the body, so that a name never stands in a URL, a log line or a browser history. */
@Schema(description = "Zoeken op naam in de werklijst. De naam staat in de body, nooit in het adres.")
record WerklijstZoekRequest(
        @Schema(description = "(deel van) de naam van het huishouden, ten minste 2 tekens", example = "hadd")
        @NotBlank(message = "{api.werklijst.naam.leeg}")
        @Size(min = 2, max = 100, message = "{api.werklijst.naam.lengte}") @Nullable String naam) {
}
