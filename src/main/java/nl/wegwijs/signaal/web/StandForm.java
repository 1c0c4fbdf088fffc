package nl.wegwijs.signaal.web;

import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalStatus;

/** Putting an open signal in behandeling or back to open, with an optional note for the thread. */
public class StandForm {

    static final Map<String, String> VELDEN = Map.of("signaal.stand.ongewijzigd", "status", "signaal.tekst.te-lang",
            "toelichting");

    private @Nullable Long versie;
    @NotNull(message = "{signaal.api.status.leeg}")
    private @Nullable SignaalStatus status;
    @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.reactie.te-lang}")
    private @Nullable String toelichting;

    static StandForm van(Signaal s) {
        StandForm f = new StandForm();
        f.versie = s.versie();
        f.status = s.status() == SignaalStatus.OPEN ? SignaalStatus.IN_BEHANDELING : SignaalStatus.OPEN;
        return f;
    }

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public @Nullable SignaalStatus getStatus() { return status; }
    public void setStatus(@Nullable SignaalStatus status) { this.status = status; }
    public @Nullable String getToelichting() { return toelichting; }
    public void setToelichting(@Nullable String toelichting) { this.toelichting = toelichting; }
}
