package nl.wegwijs.signaal.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.signaal.Categorie;
import nl.wegwijs.signaal.NieuwSignaal;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.signaal.SignaalStatus;
import nl.wegwijs.signaal.SignaalWijziging;
import nl.wegwijs.signaal.Urgentie;

/**
 * The signal form: raising one (without versie), or changing its fields and open status (with versie). A mutable
 * bean because Thymeleaf's th:field binds into it and redisplays it with errors.
 */
public class SignaalForm {

    /** Domain refusals that belong to one field of this form. */
    static final Map<String, String> VELDEN = Map.of("signaal.omschrijving.leeg", "omschrijving",
            "signaal.gemeld.toekomst", "gemeldOp", "signaal.persoon.onbekend", "persoon");

    private @Nullable Long versie;
    private @Nullable UUID persoon;
    @NotNull(message = "{signaal.categorie.leeg}")
    private @Nullable Categorie categorie;
    @NotNull(message = "{signaal.urgentie.leeg}")
    private @Nullable Urgentie urgentie = Urgentie.NORMAAL;
    @NotBlank(message = "{signaal.omschrijving.leeg}")
    @Size(max = Signaal.OMSCHRIJVING_MAX, message = "{signaal.omschrijving.te-lang}")
    private @Nullable String omschrijving;
    @PastOrPresent(message = "{signaal.gemeld.toekomst}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate gemeldOp;
    private @Nullable SignaalStatus status = SignaalStatus.OPEN;

    static SignaalForm nieuw(LocalDate vandaag) {
        SignaalForm f = new SignaalForm();
        f.gemeldOp = vandaag;
        return f;
    }

    static SignaalForm van(Signaal s) {
        SignaalForm f = new SignaalForm();
        f.versie = s.versie();
        f.persoon = s.persoonId();
        f.categorie = s.categorie();
        f.urgentie = s.urgentie();
        f.omschrijving = s.omschrijving();
        f.gemeldOp = s.gemeldOp();
        f.status = s.status();
        return f;
    }

    /** Only after validation. */
    NieuwSignaal toNieuwSignaal() {
        return new NieuwSignaal(persoon, Objects.requireNonNull(categorie), Objects.requireNonNull(urgentie),
                Objects.requireNonNull(omschrijving), gemeldOp);
    }

    /** Only after validation: fields and an open status (closing has a form of its own). */
    SignaalWijziging toWijziging() {
        SignaalStatus s = status == null || !status.isOpen() ? SignaalStatus.OPEN : status;
        return new SignaalWijziging(persoon, Objects.requireNonNull(categorie), Objects.requireNonNull(urgentie),
                Objects.requireNonNull(omschrijving), s, null, false);
    }

    public @Nullable Long getVersie() { return versie; }
    public void setVersie(@Nullable Long versie) { this.versie = versie; }
    public @Nullable UUID getPersoon() { return persoon; }
    public void setPersoon(@Nullable UUID persoon) { this.persoon = persoon; }
    public @Nullable Categorie getCategorie() { return categorie; }
    public void setCategorie(@Nullable Categorie categorie) { this.categorie = categorie; }
    public @Nullable Urgentie getUrgentie() { return urgentie; }
    public void setUrgentie(@Nullable Urgentie urgentie) { this.urgentie = urgentie; }
    public @Nullable String getOmschrijving() { return omschrijving; }
    public void setOmschrijving(@Nullable String omschrijving) { this.omschrijving = omschrijving; }
    public @Nullable LocalDate getGemeldOp() { return gemeldOp; }
    public void setGemeldOp(@Nullable LocalDate gemeldOp) { this.gemeldOp = gemeldOp; }
    public @Nullable SignaalStatus getStatus() { return status; }
    public void setStatus(@Nullable SignaalStatus status) { this.status = status; }
}
