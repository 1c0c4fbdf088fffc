package nl.wegwijs.signaal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Signaal;

/** A reply in a signal's thread; the author is the calling medewerker. */
@Schema(description = "Een reactie in het gesprek over een signaal, op uw naam")
record ReactieRequest(
        @Schema(description = "de reactie, tot 4000 tekens", example = "Ik ga donderdag met mevrouw Osei mee naar het "
                + "Juridisch Loket.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{signaal.reactie.leeg}")
        @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.reactie.te-lang}") @Nullable String tekst) {
}
