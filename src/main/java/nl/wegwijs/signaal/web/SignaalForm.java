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
import nl.wegwijs.signaal.Aan;
import nl.wegwijs.signaal.Deling;
import nl.wegwijs.signaal.Signaal;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.signaal.Urgentie;

/**
 * The form to raise a signal, with its addressee: {@code aan} is REGIEVOERDER, TEAMLEIDER, BEGELEIDING or the id of a
 * named guide of the household. Once raised, a signal is not edited: what follows is a reply. A mutable bean because
 * Thymeleaf's th:field binds into it and redisplays it with errors.
 */
public class SignaalForm {

    /** Domain refusals that belong to one field of this form. */
    static final Map<String, String> VELDEN = Map.of("signaal.omschrijving.leeg", "omschrijving",
            "signaal.gemeld.toekomst", "gemeldOp", "signaal.persoon.onbekend", "persoon", "signaal.aan.zelf", "aan", "signaal.aan.gids.onbekend", "aan",
            "signaal.deling.leeg", "deling");

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
    private @Nullable String aan;
    private @Nullable Deling deling;

    static SignaalForm nieuw(LocalDate vandaag, @Nullable String aan) {
        SignaalForm f = new SignaalForm();
        f.gemeldOp = vandaag;
        f.aan = aan;
        return f;
    }

    /** Only after validation. */
    NieuwSignaal toNieuwSignaal() {
        Aan gekozen = null;
        UUID gids = null;
        try {
            gekozen = aan == null ? null : Aan.valueOf(aan);
        }
        catch (IllegalArgumentException geenSoort) {
            try {
                gids = UUID.fromString(Objects.requireNonNull(aan));
            }
            catch (IllegalArgumentException geenId) {
                throw new DomeinFout("signaal.aan.gids.onbekend");
            }
        }
        return new NieuwSignaal(persoon, Objects.requireNonNull(categorie), Objects.requireNonNull(urgentie),
                Objects.requireNonNull(omschrijving), gemeldOp, gekozen, gids, deling);
    }

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
    public @Nullable String getAan() { return aan; }
    public void setAan(@Nullable String aan) { this.aan = aan; }
    public @Nullable Deling getDeling() { return deling; }
    public void setDeling(@Nullable Deling deling) { this.deling = deling; }
}
