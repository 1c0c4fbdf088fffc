package nl.wegwijs.post.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.post.Afzender;
import nl.wegwijs.post.AfgehandeldDoor;
import nl.wegwijs.post.Brief;
import nl.wegwijs.post.BriefGegevens;
import nl.wegwijs.post.BriefStatus;

/**
 * The letter form, for registering and for editing. A mutable bean because Thymeleaf's th:field binds into it and
 * redisplays it with errors. The rules across fields are the domain's ({@code Brief}); {@link #VELDEN} puts their
 * refusals next to the field they concern.
 */
public class BriefForm {

    /** Domain refusals that belong to one field of this form. */
    static final Map<String, String> VELDEN = Map.of("post.onderwerp.leeg", "onderwerp",
            "post.afzender-naam.leeg", "afzenderNaam", "post.ontvangen.toekomst", "ontvangenOp",
            "post.deadline.voor-ontvangst", "deadline", "post.afgehandeld-door.leeg", "afgehandeldDoor",
            "post.persoon.onbekend", "persoon");

    private @Nullable Long versie;
    private @Nullable UUID persoon;
    @NotNull(message = "{post.afzender.leeg}")
    private @Nullable Afzender afzender;
    @Size(max = BriefGegevens.NAAM_MAX, message = "{post.afzender-naam.te-lang}")
    private @Nullable String afzenderNaam;
    @NotNull(message = "{post.ontvangen.leeg}")
    @PastOrPresent(message = "{post.ontvangen.toekomst}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate ontvangenOp;
    @NotBlank(message = "{post.onderwerp.leeg}")
    @Size(max = BriefGegevens.ONDERWERP_MAX, message = "{post.onderwerp.te-lang}")
    private @Nullable String onderwerp;
    @Size(max = BriefGegevens.ACTIE_MAX, message = "{post.actie.te-lang}")
    private @Nullable String actie;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate deadline;
    @NotNull(message = "{post.status.leeg}")
    private @Nullable BriefStatus status = BriefStatus.OPEN;
    private @Nullable AfgehandeldDoor afgehandeldDoor;
    @Size(max = BriefGegevens.NOTITIE_MAX, message = "{post.notitie.te-lang}")
    private @Nullable String notitie;

    /** A new letter, received today. */
    static BriefForm nieuw(LocalDate vandaag) {
        BriefForm f = new BriefForm();
        f.ontvangenOp = vandaag;
        return f;
    }

    /** The form filled with a letter as it stands. */
    static BriefForm van(Brief b) {
        BriefForm f = new BriefForm();
        f.versie = b.versie();
        f.persoon = b.persoonId();
        f.afzender = b.afzender();
        f.afzenderNaam = b.afzenderNaam();
        f.ontvangenOp = b.ontvangenOp();
        f.onderwerp = b.onderwerp();
        f.actie = b.actie();
        f.deadline = b.deadline();
        f.status = b.status();
        f.afgehandeldDoor = b.afgehandeldDoor();
        f.notitie = b.notitie();
        return f;
    }

    /** Only after validation, which makes sure the required fields are set. */
    BriefGegevens toGegevens() {
        return new BriefGegevens(persoon, java.util.Objects.requireNonNull(afzender),
                afzenderNaam, java.util.Objects.requireNonNull(ontvangenOp), java.util.Objects.requireNonNull(onderwerp),
                actie, deadline, java.util.Objects.requireNonNull(status), afgehandeldDoor, notitie);
    }

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public @Nullable UUID getPersoon() { return persoon; }
    public void setPersoon(@Nullable UUID persoon) { this.persoon = persoon; }
    public @Nullable Afzender getAfzender() { return afzender; }
    public void setAfzender(@Nullable Afzender afzender) { this.afzender = afzender; }
    public @Nullable String getAfzenderNaam() { return afzenderNaam; }
    public void setAfzenderNaam(@Nullable String afzenderNaam) { this.afzenderNaam = afzenderNaam; }
    public @Nullable LocalDate getOntvangenOp() { return ontvangenOp; }
    public void setOntvangenOp(@Nullable LocalDate ontvangenOp) { this.ontvangenOp = ontvangenOp; }
    public @Nullable String getOnderwerp() { return onderwerp; }
    public void setOnderwerp(@Nullable String onderwerp) { this.onderwerp = onderwerp; }
    public @Nullable String getActie() { return actie; }
    public void setActie(@Nullable String actie) { this.actie = actie; }
    public @Nullable LocalDate getDeadline() { return deadline; }
    public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
    public @Nullable BriefStatus getStatus() { return status; }
    public void setStatus(@Nullable BriefStatus status) { this.status = status; }
    public @Nullable AfgehandeldDoor getAfgehandeldDoor() { return afgehandeldDoor; }
    public void setAfgehandeldDoor(@Nullable AfgehandeldDoor afgehandeldDoor) { this.afgehandeldDoor = afgehandeldDoor; }
    public @Nullable String getNotitie() { return notitie; }
    public void setNotitie(@Nullable String notitie) { this.notitie = notitie; }
}
