package nl.wegwijs.participatie.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.participatie.EindeReden;
import nl.wegwijs.participatie.PlaatsingGegevens;

/**
 * The form that ends a phase period (date and note) or a placement (date, reason and explanation), with the version
 * it was rendered with.
 */
public class EindeForm {

    static final Map<String, String> VELDEN = Map.of("participatie.tot.voor-van", "einde", "participatie.tot.te-ver",
            "einde", "participatie.tot.leeg", "einde", "participatie.einde.leeg", "einde",
            "participatie.einde-reden.leeg", "reden", "participatie.fase.overlap", "einde",
            "participatie.tekst.te-lang", "toelichting");

    private @Nullable Long versie;
    @NotNull(message = "{participatie.einde.leeg}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate einde;
    private @Nullable EindeReden reden;
    @Size(max = PlaatsingGegevens.NOTITIE_MAX, message = "{participatie.notitie.te-lang}")
    private @Nullable String toelichting;

    static EindeForm nieuw(long versie, LocalDate vandaag) {
        EindeForm f = new EindeForm();
        f.versie = versie;
        f.einde = vandaag;
        return f;
    }

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public @Nullable LocalDate getEinde() { return einde; }
    public void setEinde(@Nullable LocalDate einde) { this.einde = einde; }
    public @Nullable EindeReden getReden() { return reden; }
    public void setReden(@Nullable EindeReden reden) { this.reden = reden; }
    public @Nullable String getToelichting() { return toelichting; }
    public void setToelichting(@Nullable String toelichting) { this.toelichting = toelichting; }
}
