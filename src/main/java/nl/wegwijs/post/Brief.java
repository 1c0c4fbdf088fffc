package nl.wegwijs.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;

/**
 * A letter a household received: from whom, when, about what, what has to be done by when, and who handled it.
 * Valid from its constructor on; changes go through {@link #wijzig} and {@link #handelAf}, which keep the rules.
 */
public class Brief implements AggregateRoot<Brief, BriefId> {

    private final BriefId id;
    private final HuishoudenId huishouden;
    private BriefGegevens gegevens;
    private @Nullable LocalDate afgehandeldOp;
    private final UUID vastgelegdDoor;
    private final Instant vastgelegdOp;
    private @Nullable UUID gewijzigdDoor;
    private @Nullable Instant gewijzigdOp;
    private final long versie;

    Brief(BriefId id, HuishoudenId huishouden, BriefGegevens gegevens, @Nullable LocalDate afgehandeldOp,
            UUID vastgelegdDoor, Instant vastgelegdOp, @Nullable UUID gewijzigdDoor, @Nullable Instant gewijzigdOp,
            long versie) {
        this.id = id;
        this.huishouden = huishouden;
        this.gegevens = gegevens;
        this.afgehandeldOp = afgehandeldOp;
        this.vastgelegdDoor = vastgelegdDoor;
        this.vastgelegdOp = vastgelegdOp;
        this.gewijzigdDoor = gewijzigdDoor;
        this.gewijzigdOp = gewijzigdOp;
        this.versie = versie;
    }

    /** A newly registered letter; refuses data that breaks the rules (see {@link #controleer}). */
    static Brief nieuw(HuishoudenId huishouden, BriefGegevens gegevens, UUID door, Instant op, LocalDate vandaag) {
        controleer(gegevens, vandaag);
        return new Brief(BriefId.nieuw(), huishouden, gegevens, gegevens.status().isOpen() ? null : vandaag, door, op,
                null, null, 0);
    }

    /**
     * The rules of a letter: received not in the future; a deadline not before the day it was received; a handled
     * letter says who handled it; "anders" names the sender; texts within their length.
     */
    static void controleer(BriefGegevens g, LocalDate vandaag) {
        if (g.onderwerp().isEmpty()) {
            throw new DomeinFout("post.onderwerp.leeg");
        }
        if (g.onderwerp().length() > BriefGegevens.ONDERWERP_MAX
                || g.afzenderNaam() != null && g.afzenderNaam().length() > BriefGegevens.NAAM_MAX
                || g.actie() != null && g.actie().length() > BriefGegevens.ACTIE_MAX
                || g.notitie() != null && g.notitie().length() > BriefGegevens.NOTITIE_MAX) {
            throw new DomeinFout("post.tekst.te-lang");
        }
        if (g.afzender() == Afzender.ANDERS && g.afzenderNaam() == null) {
            throw new DomeinFout("post.afzender-naam.leeg");
        }
        if (g.ontvangenOp().isAfter(vandaag)) {
            throw new DomeinFout("post.ontvangen.toekomst");
        }
        if (g.deadline() != null && g.deadline().isBefore(g.ontvangenOp())) {
            throw new DomeinFout("post.deadline.voor-ontvangst");
        }
        if (g.status() == BriefStatus.AFGEHANDELD && g.afgehandeldDoor() == null) {
            throw new DomeinFout("post.afgehandeld-door.leeg");
        }
    }

    /** Replaces what was recorded; the day it was done follows the status (set when it closes, cleared on reopening). */
    void wijzig(BriefGegevens nieuw, UUID door, Instant op, LocalDate vandaag) {
        controleer(nieuw, vandaag);
        if (nieuw.status().isOpen()) {
            afgehandeldOp = null;
        }
        else if (gegevens.status().isOpen() || afgehandeldOp == null) {
            afgehandeldOp = vandaag;
        }
        gegevens = nieuw;
        gewijzigdDoor = door;
        gewijzigdOp = op;
    }

    /** Marks the letter as handled by someone, today (the one-tap finish). */
    void handelAf(AfgehandeldDoor wie, UUID door, Instant op, LocalDate vandaag) {
        wijzig(new BriefGegevens(gegevens.persoonId(), gegevens.afzender(), gegevens.afzenderNaam(),
                gegevens.ontvangenOp(), gegevens.onderwerp(), gegevens.actie(), gegevens.deadline(),
                BriefStatus.AFGEHANDELD, wie, gegevens.notitie()), door, op, vandaag);
    }

    /** Still needs action and its deadline has passed. */
    public boolean isVerlopen(LocalDate vandaag) {
        return gegevens.status().isOpen() && gegevens.deadline() != null && gegevens.deadline().isBefore(vandaag);
    }

    @Override
    public BriefId getId() {
        return id;
    }

    public BriefId id() {
        return id;
    }

    public HuishoudenId huishouden() {
        return huishouden;
    }

    public BriefGegevens gegevens() {
        return gegevens;
    }

    public @Nullable UUID persoonId() {
        return gegevens.persoonId();
    }

    public Afzender afzender() {
        return gegevens.afzender();
    }

    public @Nullable String afzenderNaam() {
        return gegevens.afzenderNaam();
    }

    public LocalDate ontvangenOp() {
        return gegevens.ontvangenOp();
    }

    public String onderwerp() {
        return gegevens.onderwerp();
    }

    public @Nullable String actie() {
        return gegevens.actie();
    }

    public @Nullable LocalDate deadline() {
        return gegevens.deadline();
    }

    public BriefStatus status() {
        return gegevens.status();
    }

    public @Nullable AfgehandeldDoor afgehandeldDoor() {
        return gegevens.afgehandeldDoor();
    }

    public @Nullable String notitie() {
        return gegevens.notitie();
    }

    public @Nullable LocalDate afgehandeldOp() {
        return afgehandeldOp;
    }

    public UUID vastgelegdDoor() {
        return vastgelegdDoor;
    }

    public Instant vastgelegdOp() {
        return vastgelegdOp;
    }

    public @Nullable UUID gewijzigdDoor() {
        return gewijzigdDoor;
    }

    public @Nullable Instant gewijzigdOp() {
        return gewijzigdOp;
    }

    public long versie() {
        return versie;
    }
}
