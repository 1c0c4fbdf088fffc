package nl.wegwijs.signaal.web;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.signaal.Signaal;

/** Closing a signal: a note, and the explicit choice to close while actions of the plan are still open. */
public class AfsluitForm {

    static final Map<String, String> VELDEN = Map.of("signaal.afsluiten.notitie.leeg", "afsluitnotitie",
            "signaal.afsluiten.open-acties", "ondanksOpenActies");

    private @Nullable Long versie;
    @NotBlank(message = "{signaal.afsluiten.notitie.leeg}")
    @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.afsluiten.notitie.te-lang}")
    private @Nullable String afsluitnotitie;
    private boolean ondanksOpenActies;

    static AfsluitForm van(Signaal s) {
        AfsluitForm f = new AfsluitForm();
        f.versie = s.versie();
        return f;
    }

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public @Nullable String getAfsluitnotitie() { return afsluitnotitie; }
    public void setAfsluitnotitie(@Nullable String afsluitnotitie) { this.afsluitnotitie = afsluitnotitie; }
    public boolean isOndanksOpenActies() { return ondanksOpenActies; }
    public void setOndanksOpenActies(boolean ondanksOpenActies) { this.ondanksOpenActies = ondanksOpenActies; }
}
