package nl.wegwijs.participatie.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.participatie.NieuweFase;
import nl.wegwijs.participatie.PiezoFase;

/** The form for a new phase period. Domain refusals that concern one field go next to it ({@link #VELDEN}). */
public class FaseForm {

    static final Map<String, String> VELDEN = Map.of("participatie.van.te-oud", "van", "participatie.van.te-ver",
            "van", "participatie.tot.voor-van", "tot", "participatie.tot.te-ver", "tot", "participatie.fase.overlap",
            "fase", "participatie.persoon.onbekend", "persoon", "participatie.tekst.te-lang", "notitie");

    @NotNull(message = "{participatie.persoon.leeg}")
    private @Nullable UUID persoon;
    @NotNull(message = "{participatie.fase.leeg}")
    private @Nullable PiezoFase fase;
    @NotNull(message = "{participatie.van.leeg}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate van;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tot;
    @Size(max = NieuweFase.NOTITIE_MAX, message = "{participatie.notitie.te-lang}")
    private @Nullable String notitie;

    static FaseForm nieuw(@Nullable UUID persoon, LocalDate vandaag) {
        FaseForm f = new FaseForm();
        f.persoon = persoon;
        f.van = vandaag;
        return f;
    }

    NieuweFase toInvoer() {
        return new NieuweFase(java.util.Objects.requireNonNull(persoon), java.util.Objects.requireNonNull(fase),
                java.util.Objects.requireNonNull(van), tot, notitie);
    }

    public @Nullable UUID getPersoon() { return persoon; }
    public void setPersoon(@Nullable UUID persoon) { this.persoon = persoon; }
    public @Nullable PiezoFase getFase() { return fase; }
    public void setFase(@Nullable PiezoFase fase) { this.fase = fase; }
    public @Nullable LocalDate getVan() { return van; }
    public void setVan(@Nullable LocalDate van) { this.van = van; }
    public @Nullable LocalDate getTot() { return tot; }
    public void setTot(@Nullable LocalDate tot) { this.tot = tot; }
    public @Nullable String getNotitie() { return notitie; }
    public void setNotitie(@Nullable String notitie) { this.notitie = notitie; }
}
