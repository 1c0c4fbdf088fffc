package nl.wegwijs.contact.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import nl.wegwijs.contact.Bijeenkomstsoort;
import nl.wegwijs.contact.Groepsbijeenkomst;
import nl.wegwijs.contact.GroepsbijeenkomstInvoer;
import nl.wegwijs.contact.Thema;
import nl.wegwijs.organisatie.Medewerker;

/**
 * The form to register or change a group session. {@code contract} names for whom it is organised: on the uitvoerder
 * side optionally a gemeente (empty: none), on the gemeente side the uitvoerder.
 */
public class GroepsbijeenkomstForm {

    @NotBlank(message = "{contact.groep.titel.leeg}")
    private @Nullable String titel;
    @NotNull(message = "{contact.groep.soort.leeg}")
    private @Nullable Bijeenkomstsoort soort;
    @NotNull(message = "{contact.groep.thema.leeg}")
    private @Nullable Thema thema;
    @NotNull(message = "{contact.datum.leeg}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate datum;
    @NotNull(message = "{contact.minuten.leeg}")
    private @Nullable Integer minuten;
    private @Nullable String locatie;
    private @Nullable String taal;
    private @Nullable UUID organisator;
    private @Nullable UUID contract;
    private long versie;

    static GroepsbijeenkomstForm standaard(LocalDate vandaag, Medewerker ik) {
        GroepsbijeenkomstForm f = new GroepsbijeenkomstForm();
        f.soort = Bijeenkomstsoort.GROEPSVOORLICHTING;
        f.datum = vandaag;
        f.minuten = 120;
        f.organisator = ik.id();
        return f;
    }

    static GroepsbijeenkomstForm van(Groepsbijeenkomst g, Medewerker ik) {
        GroepsbijeenkomstForm f = new GroepsbijeenkomstForm();
        f.titel = g.titel();
        f.soort = g.soort();
        f.thema = g.thema();
        f.datum = g.datum();
        f.minuten = g.minuten();
        f.locatie = g.locatie();
        f.taal = g.taal();
        f.organisator = g.organisatorId();
        f.contract = ik.uitvoerderId() != null ? g.gemeenteId() : g.uitvoerderId();
        f.versie = g.versie();
        return f;
    }

    GroepsbijeenkomstInvoer invoer(Medewerker ik) {
        boolean uitvoerderszijde = ik.uitvoerderId() != null;
        return new GroepsbijeenkomstInvoer(java.util.Objects.requireNonNull(titel),
                java.util.Objects.requireNonNull(soort), java.util.Objects.requireNonNull(thema),
                java.util.Objects.requireNonNull(datum), java.util.Objects.requireNonNull(minuten), locatie, taal,
                organisator, uitvoerderszijde ? null : contract, uitvoerderszijde ? contract : null);
    }

    public @Nullable String getTitel() { return titel; }
    public void setTitel(@Nullable String titel) { this.titel = titel; }
    public @Nullable Bijeenkomstsoort getSoort() { return soort; }
    public void setSoort(@Nullable Bijeenkomstsoort soort) { this.soort = soort; }
    public @Nullable Thema getThema() { return thema; }
    public void setThema(@Nullable Thema thema) { this.thema = thema; }
    public @Nullable LocalDate getDatum() { return datum; }
    public void setDatum(@Nullable LocalDate datum) { this.datum = datum; }
    public @Nullable Integer getMinuten() { return minuten; }
    public void setMinuten(@Nullable Integer minuten) { this.minuten = minuten; }
    public @Nullable String getLocatie() { return locatie; }
    public void setLocatie(@Nullable String locatie) { this.locatie = locatie; }
    public @Nullable String getTaal() { return taal; }
    public void setTaal(@Nullable String taal) { this.taal = taal; }
    public @Nullable UUID getOrganisator() { return organisator; }
    public void setOrganisator(@Nullable UUID organisator) { this.organisator = organisator; }
    public @Nullable UUID getContract() { return contract; }
    public void setContract(@Nullable UUID contract) { this.contract = contract; }
    public long getVersie() { return versie; }
    public void setVersie(long versie) { this.versie = versie; }
}
