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
 * A signal about a household, raised by someone of the uitvoerder or of the gemeente to a chosen addressee (the
 * regievoerder, the teamleider, or the household's guidance, perhaps one named guide), with urgency and a plan van
 * aanpak of actions, followed to closure. The report as raised (text, category, urgency, who it is about, raiser, day
 * and moment) never changes; everything after it is an entry of the thread ({@link #berichten()}): replies, changes
 * of stand and changes to the plan, each with its author and time. A closed signal is frozen until it is reopened.
 * Room for a later referral via the sociale kaart: {@link #doorverwijzing()}.
 */
public class Signaal implements AggregateRoot<Signaal, SignaalId> {

    public static final int OMSCHRIJVING_MAX = 4000;

    private final SignaalId id;
    private final HuishoudenId huishouden;
    private final @Nullable UUID persoonId;
    private final Categorie categorie;
    private final Urgentie urgentie;
    private final String omschrijving;
    private final Richting richting;
    private final Geadresseerde aan;
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
    private final List<SignaalBericht> berichten;
    private final List<SignaalBericht> nieuweBerichten = new ArrayList<>();
    private boolean gewijzigd;

    Signaal(SignaalId id, HuishoudenId huishouden, @Nullable UUID persoonId, Categorie categorie, Urgentie urgentie,
            String omschrijving, Richting richting, Geadresseerde aan, UUID gemeldDoor, String gemeldDoorNaam,
            LocalDate gemeldOp, Instant vastgelegdOp, SignaalStatus status, @Nullable LocalDate afgeslotenOp,
            @Nullable UUID afgeslotenDoor, @Nullable String afsluitnotitie, @Nullable UUID doorverwijzing,
            long versie, List<Actiepunt> acties, List<SignaalBericht> berichten) {
        this.id = id;
        this.huishouden = huishouden;
        this.persoonId = persoonId;
        this.categorie = categorie;
        this.urgentie = urgentie;
        this.omschrijving = omschrijving;
        this.richting = richting;
        this.aan = aan;
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
        this.berichten = new ArrayList<>(berichten);
    }

    /** A new signal to the given addressee; its direction follows from the addressee. */
    static Signaal meld(HuishoudenId huishouden, NieuwSignaal s, Geadresseerde aan, Medewerker melder, Instant nu,
            LocalDate vandaag) {
        LocalDate op = s.gemeldOp() == null ? vandaag : s.gemeldOp();
        if (op.isAfter(vandaag)) {
            throw new DomeinFout("signaal.gemeld.toekomst");
        }
        controleer(s.omschrijving());
        return new Signaal(SignaalId.nieuw(), huishouden, s.persoonId(), s.categorie(), s.urgentie(), s.omschrijving(),
                aan.aan().richting(), aan, melder.id(), melder.naam(), op, nu, SignaalStatus.OPEN, null, null, null,
                null, 0, List.of(), List.of());
    }

    private static void controleer(String omschrijving) {
        if (omschrijving.isEmpty()) {
            throw new DomeinFout("signaal.omschrijving.leeg");
        }
        if (omschrijving.length() > OMSCHRIJVING_MAX) {
            throw new DomeinFout("signaal.tekst.te-lang");
        }
    }

    private static @Nullable String tekst(@Nullable String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        if (tekst.length() > OMSCHRIJVING_MAX) {
            throw new DomeinFout("signaal.tekst.te-lang");
        }
        return tekst.strip();
    }

    private void schrijf(BerichtSoort soort, @Nullable String tekst, Medewerker door, Instant nu) {
        SignaalBericht b = new SignaalBericht(UUID.randomUUID(), berichten.size() + 1, soort, tekst, door.id(),
                door.naam(), door.rol(), nu);
        berichten.add(b);
        nieuweBerichten.add(b);
    }

    /** A reply in the thread, in the author's own name; a closed signal takes replies too (e.g. "thank you"). */
    SignaalBericht reageer(@Nullable String tekst, Medewerker door, Instant nu) {
        String t = tekst(tekst);
        if (t == null) {
            throw new DomeinFout("signaal.reactie.leeg");
        }
        schrijf(BerichtSoort.REACTIE, t, door, nu);
        return berichten.get(berichten.size() - 1);
    }

    /** Moves an open signal between OPEN and IN_BEHANDELING, with an optional note; closing is {@link #sluitAf}. */
    void zetStand(SignaalStatus nieuw, @Nullable String toelichting, Medewerker door, Instant nu) {
        vereisOpen();
        if (!nieuw.isOpen()) {
            throw new DomeinFout("signaal.afsluiten.notitie.leeg");
        }
        if (nieuw == status) {
            throw new DomeinFout("signaal.stand.ongewijzigd");
        }
        status = nieuw;
        gewijzigd = true;
        schrijf(nieuw == SignaalStatus.IN_BEHANDELING ? BerichtSoort.IN_BEHANDELING : BerichtSoort.OPEN,
                tekst(toelichting), door, nu);
    }

    /**
     * Closes the signal with a note. While actions of the plan are open it refuses, unless the closer says so
     * explicitly ({@code ondanksOpenActies}); those actions then stay as they are, as a record of what was left.
     */
    void sluitAf(@Nullable String notitie, boolean ondanksOpenActies, Medewerker door, Instant nu,
            LocalDate vandaag) {
        if (!status.isOpen()) {
            throw new DomeinFout("signaal.afgesloten");
        }
        if (notitie == null || notitie.isBlank()) {
            throw new DomeinFout("signaal.afsluiten.notitie.leeg");
        }
        String n = tekst(notitie);
        long open = openActies().size();
        if (open > 0 && !ondanksOpenActies) {
            throw new DomeinFout("signaal.afsluiten.open-acties", open);
        }
        gewijzigd = true;
        status = SignaalStatus.AFGESLOTEN;
        afgeslotenOp = vandaag;
        afgeslotenDoor = door.id();
        afsluitnotitie = n;
        schrijf(BerichtSoort.AFGESLOTEN, n, door, nu);
    }

    /** Opens a closed signal again, with an optional reason; the closing note stays in the thread. */
    void heropen(@Nullable String toelichting, Medewerker door, Instant nu) {
        if (status.isOpen()) {
            throw new DomeinFout("signaal.al-open");
        }
        gewijzigd = true;
        status = SignaalStatus.OPEN;
        afgeslotenOp = null;
        afgeslotenDoor = null;
        afsluitnotitie = null;
        schrijf(BerichtSoort.HEROPEND, tekst(toelichting), door, nu);
    }

    /** Adds an action to the plan; a closed signal takes none. */
    Actiepunt voegToe(ActiepuntGegevens g, Actiepunt.@Nullable Eigenaarschap medewerker, Medewerker door, Instant nu,
            LocalDate vandaag) {
        vereisOpen();
        Actiepunt a = Actiepunt.nieuw(g, medewerker, door.id(), nu, vandaag);
        acties.add(a);
        schrijf(BerichtSoort.ACTIE_TOEGEVOEGD, a.omschrijving(), door, nu);
        return a;
    }

    /** Changes an action, when nobody changed it since {@code versie}. */
    Actiepunt wijzigActie(UUID actie, long versie, ActiepuntGegevens g, Actiepunt.@Nullable Eigenaarschap medewerker,
            Medewerker door, Instant nu, LocalDate vandaag) {
        Actiepunt a = actieVoorWijziging(actie, versie);
        boolean wasOpen = a.isOpen();
        a.wijzig(g, medewerker, vandaag);
        schrijf(wasOpen == a.isOpen() ? BerichtSoort.ACTIE_GEWIJZIGD
                : a.isOpen() ? BerichtSoort.ACTIE_OPEN : BerichtSoort.ACTIE_GEDAAN, a.omschrijving(), door, nu);
        return a;
    }

    /** Marks an action done today (or open again), when nobody changed it since {@code versie}. */
    Actiepunt markeer(UUID actie, long versie, boolean gedaan, Medewerker door, Instant nu, LocalDate vandaag) {
        Actiepunt a = actieVoorWijziging(actie, versie);
        a.markeer(gedaan, vandaag);
        schrijf(gedaan ? BerichtSoort.ACTIE_GEDAAN : BerichtSoort.ACTIE_OPEN, a.omschrijving(), door, nu);
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

    /** To whom the signal was sent when it was raised. */
    public Geadresseerde aan() {
        return aan;
    }

    /** The thread after the report, in the order written. */
    public List<SignaalBericht> berichten() {
        return List.copyOf(berichten);
    }

    /** The thread's entries written since the signal was loaded, to be stored. */
    List<SignaalBericht> nieuweBerichten() {
        return List.copyOf(nieuweBerichten);
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

    /**
     * The addressee as chosen when raising: who the signal is for, and the named guide (id and name at that moment)
     * when it went to one guide of the household.
     */
    public record Geadresseerde(Aan aan, @Nullable UUID medewerker, @Nullable String naam) {

        public Geadresseerde {
            if (aan != Aan.BEGELEIDING && medewerker != null || (medewerker == null) != (naam == null)) {
                throw new IllegalArgumentException("a named addressee is one guide of the household");
            }
        }

        public static Geadresseerde van(Aan aan) {
            return new Geadresseerde(aan, null, null);
        }
    }
}
