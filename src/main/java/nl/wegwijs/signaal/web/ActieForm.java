package nl.wegwijs.signaal.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.signaal.Actiepunt;
import nl.wegwijs.signaal.ActiepuntGegevens;
import nl.wegwijs.signaal.Eigenaar;

/**
 * A new action of the plan van aanpak ({@code wat}: what was agreed); "I own it" makes the acting medewerker its
 * owner. Field names differ from the signal form's, as both forms share one page and ids must be unique.
 */
public class ActieForm {

    static final Map<String, String> VELDEN = Map.of("signaal.actie.omschrijving.leeg", "wat",
            "signaal.actie.partner.leeg", "partnerNaam", "signaal.actie.medewerker.past-niet", "ikBenEigenaar");

    @NotBlank(message = "{signaal.actie.omschrijving.leeg}")
    @Size(max = Actiepunt.OMSCHRIJVING_MAX, message = "{signaal.actie.omschrijving.te-lang}")
    private @Nullable String wat;
    @NotNull(message = "{signaal.actie.eigenaar.leeg}")
    private @Nullable Eigenaar eigenaar;
    @Size(max = Actiepunt.NAAM_MAX, message = "{signaal.actie.partner.te-lang}")
    private @Nullable String partnerNaam;
    private boolean ikBenEigenaar;
    @NotNull(message = "{signaal.actie.streefdatum.leeg}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate streefdatum;

    static ActieForm nieuw(LocalDate vandaag) {
        ActieForm f = new ActieForm();
        f.streefdatum = vandaag.plusWeeks(1);
        return f;
    }

    /** Only after validation. */
    ActiepuntGegevens toGegevens(UUID ik) {
        return new ActiepuntGegevens(Objects.requireNonNull(wat), Objects.requireNonNull(eigenaar),
                partnerNaam, ikBenEigenaar ? ik : null, Objects.requireNonNull(streefdatum), null);
    }

    public @Nullable String getWat() { return wat; }
    public void setWat(@Nullable String wat) { this.wat = wat; }
    public @Nullable Eigenaar getEigenaar() { return eigenaar; }
    public void setEigenaar(@Nullable Eigenaar eigenaar) { this.eigenaar = eigenaar; }
    public @Nullable String getPartnerNaam() { return partnerNaam; }
    public void setPartnerNaam(@Nullable String partnerNaam) { this.partnerNaam = partnerNaam; }
    public boolean isIkBenEigenaar() { return ikBenEigenaar; }
    public void setIkBenEigenaar(boolean ikBenEigenaar) { this.ikBenEigenaar = ikBenEigenaar; }
    public @Nullable LocalDate getStreefdatum() { return streefdatum; }
    public void setStreefdatum(@Nullable LocalDate streefdatum) { this.streefdatum = streefdatum; }
}
