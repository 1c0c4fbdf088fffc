package nl.wegwijs.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.system.DomeinFout;

/**
 * A group session (groepsvoorlichting, themabijeenkomst, budget course, course in the participants' own language) on
 * one leefgebied, organised by one medewerker for an uitvoerder and optionally a gemeente. Attendance is kept per
 * person ({@code groepsdeelname}) and counts as a contact of each attending household; the hours go to the organiser
 * once. A session can be planned ahead, but attendance is recorded only once it has taken place.
 */
public class Groepsbijeenkomst implements AggregateRoot<Groepsbijeenkomst, GroepsbijeenkomstId> {

    static final int MAX_TITEL = 200;

    private final GroepsbijeenkomstId id;
    private String titel;
    private Bijeenkomstsoort soort;
    private Thema thema;
    private LocalDate datum;
    private int minuten;
    private @Nullable String locatie;
    private @Nullable String taal;
    private UUID organisatorId;
    private final UUID uitvoerderId;
    private @Nullable UUID gemeenteId;
    private final UUID vastgelegdDoor;
    private final long versie;

    Groepsbijeenkomst(GroepsbijeenkomstId id, String titel, Bijeenkomstsoort soort, Thema thema, LocalDate datum,
            int minuten, @Nullable String locatie, @Nullable String taal, UUID organisatorId, UUID uitvoerderId,
            @Nullable UUID gemeenteId, UUID vastgelegdDoor, long versie) {
        this.id = id;
        this.titel = titel;
        this.soort = soort;
        this.thema = thema;
        this.datum = datum;
        this.minuten = minuten;
        this.locatie = locatie;
        this.taal = taal;
        this.organisatorId = organisatorId;
        this.uitvoerderId = uitvoerderId;
        this.gemeenteId = gemeenteId;
        this.vastgelegdDoor = vastgelegdDoor;
        this.versie = versie;
    }

    static Groepsbijeenkomst registreer(GroepsbijeenkomstInvoer invoer, UUID organisator, UUID uitvoerder,
            @Nullable UUID gemeente, UUID door, LocalDate vandaag) {
        Groepsbijeenkomst g = new Groepsbijeenkomst(GroepsbijeenkomstId.nieuw(), "", invoer.soort(), invoer.thema(),
                invoer.datum(), invoer.minuten(), null, null, organisator, uitvoerder, gemeente, door, 0);
        g.neemOver(invoer, organisator, gemeente, vandaag, null, false);
        return g;
    }

    /**
     * Changes the session; with attendance recorded it cannot move into the future (attendance counts as a contact
     * that took place).
     */
    void wijzig(GroepsbijeenkomstInvoer invoer, UUID organisator, @Nullable UUID gemeente, LocalDate vandaag,
            boolean heeftDeelnemers) {
        neemOver(invoer, organisator, gemeente, vandaag, datum, heeftDeelnemers);
    }

    private void neemOver(GroepsbijeenkomstInvoer invoer, UUID organisator, @Nullable UUID gemeente,
            LocalDate vandaag, @Nullable LocalDate huidigeDatum, boolean heeftDeelnemers) {
        String t = Contactregels.tekst(invoer.titel(), MAX_TITEL);
        if (t == null) {
            throw new DomeinFout("contact.groep.titel.leeg");
        }
        Contactregels.vereisBijeenkomstdatum(invoer.datum(), vandaag, huidigeDatum);
        Contactregels.vereisMinuten(invoer.minuten());
        if (heeftDeelnemers && invoer.datum().isAfter(vandaag)) {
            throw new DomeinFout("contact.groep.datum.deelnemers-toekomst");
        }
        this.titel = t;
        this.soort = invoer.soort();
        this.thema = invoer.thema();
        this.datum = invoer.datum();
        this.minuten = invoer.minuten();
        this.locatie = Contactregels.tekst(invoer.locatie(), MAX_TITEL);
        this.taal = Contactregels.tekst(invoer.taal(), 100);
        this.organisatorId = organisator;
        this.gemeenteId = gemeente;
    }

    /** Attendance can be recorded once the session has taken place. */
    void vereisGehouden(LocalDate vandaag) {
        if (datum.isAfter(vandaag)) {
            throw new DomeinFout("contact.groep.deelname.toekomst");
        }
    }

    // --- reads

    @Override
    public GroepsbijeenkomstId getId() {
        return id;
    }

    public GroepsbijeenkomstId id() {
        return id;
    }

    public String titel() {
        return titel;
    }

    public Bijeenkomstsoort soort() {
        return soort;
    }

    public Thema thema() {
        return thema;
    }

    public LocalDate datum() {
        return datum;
    }

    public int minuten() {
        return minuten;
    }

    public @Nullable String locatie() {
        return locatie;
    }

    public @Nullable String taal() {
        return taal;
    }

    public UUID organisatorId() {
        return organisatorId;
    }

    public UUID uitvoerderId() {
        return uitvoerderId;
    }

    public @Nullable UUID gemeenteId() {
        return gemeenteId;
    }

    public UUID vastgelegdDoor() {
        return vastgelegdDoor;
    }

    public long versie() {
        return versie;
    }
}
