package nl.wegwijs.signaal.web;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Signaal;

/** A reply in a signal's thread: only its text; the author is who is logged in. */
public class ReactieForm {

    static final Map<String, String> VELDEN = Map.of("signaal.reactie.leeg", "tekst", "signaal.tekst.te-lang",
            "tekst");

    @NotBlank(message = "{signaal.reactie.leeg}")
    @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.reactie.te-lang}")
    private @Nullable String tekst;

    public @Nullable String getTekst() { return tekst; }
    public void setTekst(@Nullable String tekst) { this.tekst = tekst; }
}
