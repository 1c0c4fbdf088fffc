package nl.wegwijs.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;

/**
 * One contact with a household: when, how long and how it took place, who was there (household members, staff, an
 * interpreter), what was discussed and agreed, a free-text note, and when the next contact is planned. It keeps its own
 * rules ({@link Contactregels}); whether the persons belong to the household and the staff to its guidance is checked
 * by {@link ContactService}, which knows them.
 */
public class Contactmoment implements AggregateRoot<Contactmoment, ContactmomentId> {

    private final ContactmomentId id;
    private final HuishoudenId huishouden;
    private LocalDate datum;
    private int minuten;
    private Contactsoort soort;
    private List<UUID> personen;
    private List<UUID> medewerkers;
    private Tolk tolk;
    private @Nullable String tolkTaal;
    private Set<Thema> themas;
    private @Nullable String afspraken;
    private @Nullable String notitie;
    private @Nullable LocalDate volgendContact;
    private final UUID vastgelegdDoor;
    private final Instant vastgelegdOp;
    private final long versie;

    Contactmoment(ContactmomentId id, HuishoudenId huishouden, LocalDate datum, int minuten, Contactsoort soort,
            List<UUID> personen, List<UUID> medewerkers, Tolk tolk, @Nullable String tolkTaal, Set<Thema> themas,
            @Nullable String afspraken, @Nullable String notitie, @Nullable LocalDate volgendContact,
            UUID vastgelegdDoor, Instant vastgelegdOp, long versie) {
        this.id = id;
        this.huishouden = huishouden;
        this.datum = datum;
        this.minuten = minuten;
        this.soort = soort;
        this.personen = List.copyOf(personen);
        this.medewerkers = List.copyOf(medewerkers);
        this.tolk = tolk;
        this.tolkTaal = tolkTaal;
        this.themas = themas.isEmpty() ? EnumSet.noneOf(Thema.class) : EnumSet.copyOf(themas);
        this.afspraken = afspraken;
        this.notitie = notitie;
        this.volgendContact = volgendContact;
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdOp = vastgelegdOp;
        this.versie = versie;
    }

    /** Records a contact that took place, after checking the rules against today's date. */
    static Contactmoment legVast(HuishoudenId huishouden, ContactInvoer invoer, UUID door, LocalDate vandaag,
            Instant nu) {
        Contactmoment c = new Contactmoment(ContactmomentId.nieuw(), huishouden, invoer.datum(), invoer.minuten(),
                invoer.soort(), List.of(), List.of(), Tolk.GEEN, null, Set.of(), null, null, null, door, nu, 0);
        c.neemOver(invoer, vandaag, null, null);
        return c;
    }

    /** Changes what was recorded; an unchanged old date stays allowed. */
    void wijzig(ContactInvoer invoer, LocalDate vandaag) {
        neemOver(invoer, vandaag, datum, volgendContact);
    }

    private void neemOver(ContactInvoer invoer, LocalDate vandaag, @Nullable LocalDate huidigeDatum,
            @Nullable LocalDate huidigVolgend) {
        Contactregels.vereisContactdatum(invoer.datum(), vandaag, huidigeDatum);
        Contactregels.vereisMinuten(invoer.minuten());
        Contactregels.vereisVolgendContact(invoer.volgendContact(), vandaag, huidigVolgend);
        if (invoer.personen().isEmpty()) {
            throw new DomeinFout("contact.personen.leeg");
        }
        if (invoer.medewerkers().isEmpty()) {
            throw new DomeinFout("contact.medewerkers.leeg");
        }
        String taal = Contactregels.tekst(invoer.tolkTaal(), 100);
        if (invoer.tolk() != Tolk.GEEN && taal == null) {
            throw new DomeinFout("contact.tolk.taal");
        }
        this.datum = invoer.datum();
        this.minuten = invoer.minuten();
        this.soort = invoer.soort();
        this.personen = invoer.personen().stream().sorted().toList();
        this.medewerkers = invoer.medewerkers().stream().sorted().toList();
        this.tolk = invoer.tolk();
        this.tolkTaal = invoer.tolk() == Tolk.GEEN ? null : taal;
        this.themas = invoer.themas().isEmpty() ? EnumSet.noneOf(Thema.class) : EnumSet.copyOf(invoer.themas());
        this.afspraken = Contactregels.tekst(invoer.afspraken(), Contactregels.MAX_TEKST);
        this.notitie = Contactregels.tekst(invoer.notitie(), Contactregels.MAX_TEKST);
        this.volgendContact = invoer.volgendContact();
    }

    /** The staff-minutes of this contact: its duration once for every staff member present. */
    public int medewerkerMinuten() {
        return minuten * medewerkers.size();
    }

    /** This contact as a line of the household's list. */
    ContactRegel alsRegel() {
        return new ContactRegel(ContactRegel.Bron.CONTACTMOMENT, id.value(), huishouden, datum, minuten, soort.name(),
                null, personen, medewerkers, tolk, tolkTaal, themas(), afspraken, notitie, volgendContact,
                vastgelegdDoor, versie);
    }

    // --- reads

    @Override
    public ContactmomentId getId() {
        return id;
    }

    public ContactmomentId id() {
        return id;
    }

    public HuishoudenId huishouden() {
        return huishouden;
    }

    public LocalDate datum() {
        return datum;
    }

    public int minuten() {
        return minuten;
    }

    public Contactsoort soort() {
        return soort;
    }

    public List<UUID> personen() {
        return personen;
    }

    public List<UUID> medewerkers() {
        return medewerkers;
    }

    public Tolk tolk() {
        return tolk;
    }

    public @Nullable String tolkTaal() {
        return tolkTaal;
    }

    /** The themes discussed, in the order of {@link Thema}. */
    public List<Thema> themas() {
        return List.copyOf(themas);
    }

    public @Nullable String afspraken() {
        return afspraken;
    }

    public @Nullable String notitie() {
        return notitie;
    }

    public @Nullable LocalDate volgendContact() {
        return volgendContact;
    }

    public UUID vastgelegdDoor() {
        return vastgelegdDoor;
    }

    public Instant vastgelegdOp() {
        return vastgelegdOp;
    }

    public long versie() {
        return versie;
    }
}
