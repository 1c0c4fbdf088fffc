package nl.wegwijs.signaal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;

/**
 * A signal about a household, raised by a guide towards the gemeente or by the gemeente towards the guide, with
 * urgency and a plan van aanpak of actions, followed to closure. The description is free text in a field of its own.
 * A closed signal is frozen until it is reopened. Room for a later referral via the sociale kaart:
 * {@link #doorverwijzing()}.
 */
public class Signaal implements AggregateRoot<Signaal, SignaalId> {

    public static final int OMSCHRIJVING_MAX = 4000;

    private final SignaalId id;
    private final HuishoudenId huishouden;
    private @Nullable UUID persoonId;
    private Categorie categorie;
    private Urgentie urgentie;
    private String omschrijving;
    private final Richting richting;
    private final UUID gemeldDoor;
    private final String gemeldDoorNaam;
    private final LocalDate gemeldOp;
    private final Instant vastgelegdOp;
    private SignaalStatus status;
    private @Nullable LocalDate afgeslotenOp;
    private @Nullable UUID afgeslotenDoor;
    private @Nullable String afsluitnotitie;
    private final @Nullable UUID doorverwijzing;
    private final long versie;
    private final List<Actiepunt> acties;
    private boolean gewijzigd;

    Signaal(SignaalId id, HuishoudenId huishouden, @Nullable UUID persoonId, Categorie categorie, Urgentie urgentie,
            String omschrijving, Richting richting, UUID gemeldDoor, String gemeldDoorNaam, LocalDate gemeldOp,
            Instant vastgelegdOp, SignaalStatus status, @Nullable LocalDate afgeslotenOp,
            @Nullable UUID afgeslotenDoor, @Nullable String afsluitnotitie, @Nullable UUID doorverwijzing,
            long versie, List<Actiepunt> acties) {
        this.id = id;
        this.huishouden = huishouden;
        this.persoonId = persoonId;
        this.categorie = categorie;
        this.urgentie = urgentie;
        this.omschrijving = omschrijving;
        this.richting = richting;
        this.gemeldDoor = gemeldDoor;
        this.gemeldDoorNaam = gemeldDoorNaam;
        this.gemeldOp = gemeldOp;
        this.vastgelegdOp = vastgelegdOp;
        this.status = status;
        this.afgeslotenOp = afgeslotenOp;
        this.afgeslotenDoor = afgeslotenDoor;
        this.afsluitnotitie = afsluitnotitie;
        this.doorverwijzing = doorverwijzing;
        this.versie = versie;
        this.acties = new ArrayList<>(acties);
    }

    /** A new signal; its direction follows from the raiser's role. */
    static Signaal meld(HuishoudenId huishouden, NieuwSignaal s, Medewerker melder, Instant nu, LocalDate vandaag) {
        LocalDate op = s.gemeldOp() == null ? vandaag : s.gemeldOp();
        if (op.isAfter(vandaag)) {
            throw new DomeinFout("signaal.gemeld.toekomst");
        }
        controleer(s.omschrijving());
        return new Signaal(SignaalId.nieuw(), huishouden, s.persoonId(), s.categorie(), s.urgentie(), s.omschrijving(),
                Richting.van(melder.rol()), melder.id(), melder.naam(), op, nu, SignaalStatus.OPEN, null, null, null,
                null, 0, List.of());
    }

    private static void controleer(String omschrijving) {
        if (omschrijving.isEmpty()) {
            throw new DomeinFout("signaal.omschrijving.leeg");
        }
        if (omschrijving.length() > OMSCHRIJVING_MAX) {
            throw new DomeinFout("signaal.tekst.te-lang");
        }
    }

    /**
     * Applies a change of fields and status: an open signal may move between OPEN and IN_BEHANDELING or be closed
     * (see {@link #sluitAf}); a closed one only reopens.
     */
    void wijzig(SignaalWijziging w, UUID door, LocalDate vandaag) {
        if (!status.isOpen()) {
            if (!w.status().isOpen()) {
                throw new DomeinFout("signaal.afgesloten");
            }
            heropen();
        }
        controleer(w.omschrijving());
        persoonId = w.persoonId();
        categorie = w.categorie();
        urgentie = w.urgentie();
        omschrijving = w.omschrijving();
        gewijzigd = true;
        if (w.status().isOpen()) {
            status = w.status();
        }
        else {
            sluitAf(w.afsluitnotitie(), w.ondanksOpenActies(), door, vandaag);
        }
    }

    /**
     * Closes the signal with a note. While actions of the plan are open it refuses, unless the closer says so
     * explicitly ({@code ondanksOpenActies}); those actions then stay as they are, as a record of what was left.
     */
    void sluitAf(@Nullable String notitie, boolean ondanksOpenActies, UUID door, LocalDate vandaag) {
        if (!status.isOpen()) {
            throw new DomeinFout("signaal.afgesloten");
        }
        if (notitie == null || notitie.isBlank()) {
            throw new DomeinFout("signaal.afsluiten.notitie.leeg");
        }
        if (notitie.length() > OMSCHRIJVING_MAX) {
            throw new DomeinFout("signaal.tekst.te-lang");
        }
        long open = openActies().size();
        if (open > 0 && !ondanksOpenActies) {
            throw new DomeinFout("signaal.afsluiten.open-acties", open);
        }
        gewijzigd = true;
        status = SignaalStatus.AFGESLOTEN;
        afgeslotenOp = vandaag;
        afgeslotenDoor = door;
        afsluitnotitie = notitie.strip();
    }

    /** Opens a closed signal again; the closing note goes. */
    void heropen() {
        if (status.isOpen()) {
            throw new DomeinFout("signaal.al-open");
        }
        gewijzigd = true;
        status = SignaalStatus.OPEN;
        afgeslotenOp = null;
        afgeslotenDoor = null;
        afsluitnotitie = null;
    }

    /** Adds an action to the plan; a closed signal takes none. */
    Actiepunt voegToe(ActiepuntGegevens g, Actiepunt.@Nullable Eigenaarschap medewerker, UUID door, Instant nu,
            LocalDate vandaag) {
        vereisOpen();
        Actiepunt a = Actiepunt.nieuw(g, medewerker, door, nu, vandaag);
        acties.add(a);
        return a;
    }

    /** Changes an action, when nobody changed it since {@code versie}. */
    Actiepunt wijzigActie(UUID actie, long versie, ActiepuntGegevens g, Actiepunt.@Nullable Eigenaarschap medewerker,
            LocalDate vandaag) {
        Actiepunt a = actieVoorWijziging(actie, versie);
        a.wijzig(g, medewerker, vandaag);
        return a;
    }

    /** Marks an action done today (or open again), when nobody changed it since {@code versie}. */
    Actiepunt markeer(UUID actie, long versie, boolean gedaan, LocalDate vandaag) {
        Actiepunt a = actieVoorWijziging(actie, versie);
        a.markeer(gedaan, vandaag);
        return a;
    }

    private Actiepunt actieVoorWijziging(UUID actie, long versie) {
        vereisOpen();
        Actiepunt a = actie(actie).orElseThrow(nl.wegwijs.system.NietGevonden::new);
        if (a.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        return a;
    }

    private void vereisOpen() {
        if (!status.isOpen()) {
            throw new DomeinFout("signaal.afgesloten");
        }
    }

    public Optional<Actiepunt> actie(UUID actie) {
        return acties.stream().filter(a -> a.id().equals(actie)).findFirst();
    }

    public List<Actiepunt> openActies() {
        return acties.stream().filter(Actiepunt::isOpen).toList();
    }

    /** The plan: open actions first by date, then the done ones by date. */
    public List<Actiepunt> plan() {
        return acties.stream().sorted(Comparator.comparing((Actiepunt a) -> !a.isOpen())
            .thenComparing(Actiepunt::streefdatum).thenComparing(Actiepunt::vastgelegdOp)).toList();
    }

    @Override
    public SignaalId getId() {
        return id;
    }

    public SignaalId id() {
        return id;
    }

    public HuishoudenId huishouden() {
        return huishouden;
    }

    public @Nullable UUID persoonId() {
        return persoonId;
    }

    public Categorie categorie() {
        return categorie;
    }

    public Urgentie urgentie() {
        return urgentie;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Richting richting() {
        return richting;
    }

    public UUID gemeldDoor() {
        return gemeldDoor;
    }

    public String gemeldDoorNaam() {
        return gemeldDoorNaam;
    }

    public LocalDate gemeldOp() {
        return gemeldOp;
    }

    public Instant vastgelegdOp() {
        return vastgelegdOp;
    }

    public SignaalStatus status() {
        return status;
    }

    public @Nullable LocalDate afgeslotenOp() {
        return afgeslotenOp;
    }

    public @Nullable UUID afgeslotenDoor() {
        return afgeslotenDoor;
    }

    public @Nullable String afsluitnotitie() {
        return afsluitnotitie;
    }

    /** Reserved for a referral via the sociale kaart (a later issue); always null for now. */
    public @Nullable UUID doorverwijzing() {
        return doorverwijzing;
    }

    public long versie() {
        return versie;
    }

    public List<Actiepunt> acties() {
        return List.copyOf(acties);
    }

    /** Whether the signal's own fields changed since it was loaded (its actions carry their own versions). */
    boolean isGewijzigd() {
        return gewijzigd;
    }
}
