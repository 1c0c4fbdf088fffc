package nl.wegwijs.signaal.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Signaal;

/** A reply in a signal's thread; the author is the calling medewerker. */
record ReactieRequest(
        @NotBlank(message = "{signaal.reactie.leeg}")
        @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.reactie.te-lang}") @Nullable String tekst) {
}
