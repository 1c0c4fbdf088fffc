package nl.wegwijs.toestemming.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * The form "Toestemming vastleggen", filled with sensible defaults: all adults, the recipient the reader would be, the
 * asked-for category, purpose regie, from today, orally with an interpreter in the persons' language, a check in six
 * months. A mutable bean for th:field.
 */
public class ToestemmingForm {

    /** Domain refusals that belong to one field of this form. */
    static final Map<String, String> VELDEN = Map.of("toestemming.persoon.onbekend", "personen",
            "toestemming.gegevens.leeg", "gegevens", "toestemming.periode.ongeldig", "tot",
            "toestemming.controle.ongeldig", "controleOp", "toestemming.ontvanger.onbekend", "ontvanger");

    @NotEmpty(message = "{toestemming.persoon.onbekend}")
    private Set<UUID> personen = new LinkedHashSet<>();
    @NotBlank(message = "{toestemming.ontvanger.leeg}")
    private @Nullable String ontvanger;
    @NotEmpty(message = "{toestemming.gegevens.leeg}")
    private Set<Gegevenssoort> gegevens = EnumSet.noneOf(Gegevenssoort.class);
    @NotNull(message = "{toestemming.doel.leeg}")
    private @Nullable Doel doel = Doel.REGIE;
    @NotNull(message = "{toestemming.vanaf.leeg}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate vanaf;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tot;
    @NotNull(message = "{toestemming.wijze.leeg}")
    private @Nullable Wijze wijze = Wijze.MONDELING_MET_TOLK;
    @Size(max = 60, message = "{toestemming.taal.te-lang}")
    private @Nullable String taal;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate controleOp;

    static ToestemmingForm nieuw(ToestemmingService.Formulier f, @Nullable Gegevenssoort soort) {
        ToestemmingForm form = new ToestemmingForm();
        form.personen.addAll(f.volwassenen());
        form.ontvanger = f.voorgekozen().sleutel();
        if (soort != null) {
            form.gegevens.add(soort);
        }
        form.vanaf = f.vandaag();
        form.taal = f.taal();
        form.controleOp = f.vandaag().plusMonths(ToestemmingService.CONTROLE_MAANDEN);
        return form;
    }

    /** Only after validation. */
    NieuweToestemming toNieuw() {
        ToestemmingService.Ontvangerkeuze o = ToestemmingService.Ontvangerkeuze.uit(Objects.requireNonNull(ontvanger));
        return new NieuweToestemming(Set.copyOf(personen), o.organisatieId(), o.rol(), Set.copyOf(gegevens),
                Objects.requireNonNull(doel), Objects.requireNonNull(vanaf), tot, Objects.requireNonNull(wijze), taal,
                controleOp);
    }

    public Set<UUID> getPersonen() { return personen; }
    public void setPersonen(@Nullable Set<UUID> personen) { this.personen = personen == null ? new LinkedHashSet<>() : personen; }
    public @Nullable String getOntvanger() { return ontvanger; }
    public void setOntvanger(@Nullable String ontvanger) { this.ontvanger = ontvanger; }
    public Set<Gegevenssoort> getGegevens() { return gegevens; }
    public void setGegevens(@Nullable Set<Gegevenssoort> gegevens) { this.gegevens = gegevens == null ? EnumSet.noneOf(Gegevenssoort.class) : gegevens; }
    public @Nullable Doel getDoel() { return doel; }
    public void setDoel(@Nullable Doel doel) { this.doel = doel; }
    public @Nullable LocalDate getVanaf() { return vanaf; }
    public void setVanaf(@Nullable LocalDate vanaf) { this.vanaf = vanaf; }
    public @Nullable LocalDate getTot() { return tot; }
    public void setTot(@Nullable LocalDate tot) { this.tot = tot; }
    public @Nullable Wijze getWijze() { return wijze; }
    public void setWijze(@Nullable Wijze wijze) { this.wijze = wijze; }
    public @Nullable String getTaal() { return taal; }
    public void setTaal(@Nullable String taal) { this.taal = taal; }
    public @Nullable LocalDate getControleOp() { return controleOp; }
    public void setControleOp(@Nullable LocalDate controleOp) { this.controleOp = controleOp; }
}
