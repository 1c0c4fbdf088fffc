package nl.wegwijs.contact.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.contact.ContactInvoer;
import nl.wegwijs.contact.ContactRegel;
import nl.wegwijs.contact.Contactsoort;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.contact.Tolk;

/**
 * The "log a contact" form, also used to change one. A mutable bean because Thymeleaf's th:field binds into it and
 * redisplays it with errors. Required fields are checked here; the rules (date, duration, next contact, who was there)
 * by the domain, whose refusals are shown at the field they concern.
 */
public class ContactmomentForm {

    @NotNull(message = "{contact.datum.leeg}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datum;
    @NotNull(message = "{contact.minuten.leeg}")
    private @Nullable Integer minuten;
    @NotNull(message = "{contact.soort.leeg}")
    private @Nullable Contactsoort soort;
    private List<UUID> personen = new ArrayList<>();
    private List<UUID> medewerkers = new ArrayList<>();
    private Tolk tolk = Tolk.GEEN;
    private @Nullable String tolkTaal;
    private List<String> themas = new ArrayList<>();
    private @Nullable String afspraken;
    private @Nullable String notitie;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate volgendContact;
    private long versie;

    /** The quick defaults: today, an hour, a home visit, the whole household and the recorder. */
    static ContactmomentForm standaard(LocalDate vandaag, List<UUID> personen, UUID ik) {
        ContactmomentForm f = new ContactmomentForm();
        f.datum = vandaag;
        f.minuten = 60;
        f.soort = Contactsoort.HUISBEZOEK;
        f.personen = new ArrayList<>(personen);
        f.medewerkers = new ArrayList<>(List.of(ik));
        return f;
    }

    static ContactmomentForm van(ContactRegel r) {
        ContactmomentForm f = new ContactmomentForm();
        f.datum = r.datum();
        f.minuten = r.minuten();
        f.soort = Contactsoort.valueOf(r.soort());
        f.personen = new ArrayList<>(r.personen());
        f.medewerkers = new ArrayList<>(r.medewerkers());
        f.tolk = r.tolk() == null ? Tolk.GEEN : r.tolk();
        f.tolkTaal = r.tolkTaal();
        f.themas = new ArrayList<>(r.themas().stream().map(Thema::name).toList());
        f.afspraken = r.afspraken();
        f.notitie = r.notitie();
        f.volgendContact = r.volgendContact();
        f.versie = r.versie();
        return f;
    }

    /** The domain's input; an unknown theme is refused there. Call only when the required fields are filled in. */
    ContactInvoer invoer() {
        return new ContactInvoer(java.util.Objects.requireNonNull(datum), java.util.Objects.requireNonNull(minuten),
                java.util.Objects.requireNonNull(soort), new LinkedHashSet<>(personen),
                new LinkedHashSet<>(medewerkers), tolk, tolkTaal, Thema.van(themas), afspraken, notitie,
                volgendContact);
    }

    public @Nullable LocalDate getDatum() { return datum; }
    public void setDatum(@Nullable LocalDate datum) { this.datum = datum; }
    public @Nullable Integer getMinuten() { return minuten; }
    public void setMinuten(@Nullable Integer minuten) { this.minuten = minuten; }
    public @Nullable Contactsoort getSoort() { return soort; }
    public void setSoort(@Nullable Contactsoort soort) { this.soort = soort; }
    public List<UUID> getPersonen() { return personen; }
    public void setPersonen(@Nullable List<UUID> personen) { this.personen = personen == null ? new ArrayList<>() : personen; }
    public List<UUID> getMedewerkers() { return medewerkers; }
    public void setMedewerkers(@Nullable List<UUID> medewerkers) { this.medewerkers = medewerkers == null ? new ArrayList<>() : medewerkers; }
    public Tolk getTolk() { return tolk; }
    public void setTolk(@Nullable Tolk tolk) { this.tolk = tolk == null ? Tolk.GEEN : tolk; }
    public @Nullable String getTolkTaal() { return tolkTaal; }
    public void setTolkTaal(@Nullable String tolkTaal) { this.tolkTaal = tolkTaal; }
    public List<String> getThemas() { return themas; }
    public void setThemas(@Nullable List<String> themas) { this.themas = themas == null ? new ArrayList<>() : themas; }
    public @Nullable String getAfspraken() { return afspraken; }
    public void setAfspraken(@Nullable String afspraken) { this.afspraken = afspraken; }
    public @Nullable String getNotitie() { return notitie; }
    public void setNotitie(@Nullable String notitie) { this.notitie = notitie; }
    public @Nullable LocalDate getVolgendContact() { return volgendContact; }
    public void setVolgendContact(@Nullable LocalDate volgendContact) { this.volgendContact = volgendContact; }
    public long getVersie() { return versie; }
    public void setVersie(long versie) { this.versie = versie; }
}
