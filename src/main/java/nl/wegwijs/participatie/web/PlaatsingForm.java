package nl.wegwijs.participatie.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.participatie.PlaatsingGegevens;
import nl.wegwijs.participatie.PlaatsingSoort;
import nl.wegwijs.participatie.Taalniveau;

/** The form for a new placement. Domain refusals that concern one field go next to it ({@link #VELDEN}). */
public class PlaatsingForm {

    static final Map<String, String> VELDEN = Map.ofEntries(Map.entry("participatie.van.te-oud", "start"),
            Map.entry("participatie.van.te-ver", "start"), Map.entry("participatie.tot.voor-van", "geplandEinde"),
            Map.entry("participatie.gepland-einde.voor-start", "geplandEinde"),
            Map.entry("participatie.tot.te-ver", "geplandEinde"), Map.entry("participatie.uren.bereik", "urenPerWeek"),
            Map.entry("participatie.taalniveau.geen-akkoord", "taalniveau"),
            Map.entry("participatie.organisatie.leeg", "organisatie"),
            Map.entry("participatie.persoon.onbekend", "deelnemer"),
            Map.entry("participatie.tekst.te-lang", "plaatsingNotitie"));

    @NotNull(message = "{participatie.persoon.leeg}")
    private @Nullable UUID deelnemer;
    @NotNull(message = "{participatie.soort.leeg}")
    private @Nullable PlaatsingSoort soort;
    @NotBlank(message = "{participatie.organisatie.leeg}")
    @Size(max = PlaatsingGegevens.NAAM_MAX, message = "{participatie.naam.te-lang}")
    private @Nullable String organisatie;
    @Size(max = PlaatsingGegevens.NAAM_MAX, message = "{participatie.naam.te-lang}")
    private @Nullable String contactpersoon;
    @NotNull(message = "{participatie.uren.leeg}")
    @Min(value = 1, message = "{participatie.uren.bereik}")
    @Max(value = 40, message = "{participatie.uren.bereik}")
    private @Nullable Integer urenPerWeek;
    @NotNull(message = "{participatie.start.leeg}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate start;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate geplandEinde;
    private @Nullable Taalniveau taalniveau;
    private boolean taalniveauAkkoord;
    private boolean werkAangepast;
    @Size(max = PlaatsingGegevens.NOTITIE_MAX, message = "{participatie.notitie.te-lang}")
    private @Nullable String plaatsingNotitie;

    static PlaatsingForm nieuw(@Nullable UUID persoon, LocalDate vandaag) {
        PlaatsingForm f = new PlaatsingForm();
        f.deelnemer = persoon;
        f.start = vandaag;
        return f;
    }

    PlaatsingGegevens toGegevens() {
        return new PlaatsingGegevens(java.util.Objects.requireNonNull(deelnemer), java.util.Objects.requireNonNull(soort),
                java.util.Objects.requireNonNull(organisatie), contactpersoon,
                java.util.Objects.requireNonNull(urenPerWeek), java.util.Objects.requireNonNull(start), geplandEinde,
                taalniveau, taalniveauAkkoord, werkAangepast, plaatsingNotitie);
    }

    public @Nullable UUID getDeelnemer() { return deelnemer; }
    public void setDeelnemer(@Nullable UUID deelnemer) { this.deelnemer = deelnemer; }
    public @Nullable PlaatsingSoort getSoort() { return soort; }
    public void setSoort(@Nullable PlaatsingSoort soort) { this.soort = soort; }
    public @Nullable String getOrganisatie() { return organisatie; }
    public void setOrganisatie(@Nullable String organisatie) { this.organisatie = organisatie; }
    public @Nullable String getContactpersoon() { return contactpersoon; }
    public void setContactpersoon(@Nullable String contactpersoon) { this.contactpersoon = contactpersoon; }
    public @Nullable Integer getUrenPerWeek() { return urenPerWeek; }
    public void setUrenPerWeek(@Nullable Integer urenPerWeek) { this.urenPerWeek = urenPerWeek; }
    public @Nullable LocalDate getStart() { return start; }
    public void setStart(@Nullable LocalDate start) { this.start = start; }
    public @Nullable LocalDate getGeplandEinde() { return geplandEinde; }
    public void setGeplandEinde(@Nullable LocalDate geplandEinde) { this.geplandEinde = geplandEinde; }
    public @Nullable Taalniveau getTaalniveau() { return taalniveau; }
    public void setTaalniveau(@Nullable Taalniveau taalniveau) { this.taalniveau = taalniveau; }
    public boolean isTaalniveauAkkoord() { return taalniveauAkkoord; }
    public void setTaalniveauAkkoord(boolean taalniveauAkkoord) { this.taalniveauAkkoord = taalniveauAkkoord; }
    public boolean isWerkAangepast() { return werkAangepast; }
    public void setWerkAangepast(boolean werkAangepast) { this.werkAangepast = werkAangepast; }
    public @Nullable String getPlaatsingNotitie() { return plaatsingNotitie; }
    public void setPlaatsingNotitie(@Nullable String plaatsingNotitie) { this.plaatsingNotitie = plaatsingNotitie; }
}
