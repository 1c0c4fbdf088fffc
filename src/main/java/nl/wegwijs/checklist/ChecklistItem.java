package nl.wegwijs.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * One item of a household's checklist: for the household or one person, once or for one calendar year, with where it
 * stands and who did it. Title, theme and help come from the template item it was made from. Changes are validated
 * here and return the item as it will be stored (optimistic locking on {@code versie}).
 *
 * @param jaar the calendar year of a yearly item; none for a one-off item
 * @param deadlineHandmatig someone set the due date by hand: synchronising no longer recomputes it; never without a
 *        due date (clearing it hands the due date back to the rules)
 * @param notitie free text, kept apart from the structured fields; what a reader sees of it depends on
 *        {@link #notitieZichtbaar(boolean, UUID, UUID)}
 * @param notitieDoor who wrote the note as it stands (none without a note)
 */
public record ChecklistItem(ChecklistItemId id, HuishoudenId huishoudenId, @Nullable UUID persoonId,
        UUID sjabloonItemId, String code, String titel, Thema thema, @Nullable Categorie categorie,
        @Nullable String hulptekst, boolean jaarlijks, Uitvoerende uitvoerende, int volgorde, @Nullable Integer jaar,
        ItemStatus status, @Nullable WieDeedHet wie, @Nullable LocalDate datum, @Nullable LocalDate deadline,
        boolean deadlineHandmatig, @Nullable String redenNietVanToepassing, @Nullable String notitie,
        @Nullable UUID notitieDoor, @Nullable UUID vastgelegdDoor, @Nullable Instant vastgelegdOp, long versie)
        implements AggregateRoot<ChecklistItem, ChecklistItemId> {

    static final int NOTITIE_MAX = 2000;
    static final int REDEN_MAX = 500;
    /** Dates before this are typing errors. */
    static final LocalDate EERSTE_DATUM = LocalDate.of(2000, 1, 1);

    @Override
    public ChecklistItemId getId() {
        return id;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /**
     * Geregeld according to the household's recorded data (a BRP date, the regeldag, the move-in), not ticked by a
     * person: geregeld without anybody who did it.
     */
    public boolean volgensGegevens() {
        return status == ItemStatus.GEREGELD && wie == null;
    }

    /** Still open and its due date has passed. */
    public boolean isVerlopen(LocalDate vandaag) {
        return isOpen() && deadline != null && deadline.isBefore(vandaag);
    }

    public boolean isPersoonlijk() {
        return persoonId != null;
    }

    /**
     * The data category an item belongs to: an item of the finance theme is {@link Gegevenssoort#FINANCIEN} (a
     * budgetcoach sees those), every other item {@link Gegevenssoort#VOORTGANG}.
     */
    public Gegevenssoort gegevenssoort() {
        return gegevenssoort(thema);
    }

    /** The data category of the items of a theme (see {@link #gegevenssoort()}). */
    public static Gegevenssoort gegevenssoort(Thema thema) {
        return thema == Thema.FINANCIEN_ADMINISTRATIE ? Gegevenssoort.FINANCIEN : Gegevenssoort.VOORTGANG;
    }

    /**
     * Whether the reader sees an item's free-text note: when they may see notes ({@link Gegevenssoort#NOTITIES}, by
     * task or consent, see {@code Inzage#magZien}), or they wrote it themselves.
     */
    public static boolean notitieZichtbaar(boolean notities, UUID lezer, @Nullable UUID notitieDoor) {
        return notities || lezer.equals(notitieDoor);
    }

    /** Whether this item has a note the reader may not see. */
    public boolean notitieVerborgenVoor(boolean notities, UUID lezer) {
        return notitie != null && !notitieZichtbaar(notities, lezer, notitieDoor);
    }

    /** The item as the reader may see it: without a note they may not see (and its author). */
    public ChecklistItem voorLezer(boolean notities, UUID lezer) {
        return notitieVerborgenVoor(notities, lezer) ? metNotitie(null, null) : this;
    }

    private ChecklistItem metNotitie(@Nullable String tekst, @Nullable UUID door) {
        return new ChecklistItem(id, huishoudenId, persoonId, sjabloonItemId, code, titel, thema, categorie, hulptekst,
                jaarlijks, uitvoerende, volgorde, jaar, status, wie, datum, deadline, deadlineHandmatig,
                redenNietVanToepassing, tekst, door, vastgelegdDoor, vastgelegdOp, versie);
    }

    /**
     * The item after a change by {@code door}: geregeld needs who did it (the date defaults to today, the day of the
     * application's clock, and cannot lie ahead), niet van toepassing needs a reason; other statuses drop both. A due
     * date changed by hand stays; an empty due date is never by hand (the rules give it again). A changed note is
     * {@code door}'s; an unchanged one keeps its author.
     */
    ChecklistItem wijzig(ItemWijziging w, UUID door, Instant op, LocalDate vandaag) {
        Objects.requireNonNull(w.status(), "status");
        String schoneNotitie = schoon(w.notitie());
        if (schoneNotitie != null && schoneNotitie.length() > NOTITIE_MAX) {
            throw new DomeinFout("checklist.notitie.lang", NOTITIE_MAX);
        }
        LocalDate nieuweDeadline = w.deadline();
        if (nieuweDeadline != null
                && (nieuweDeadline.isBefore(EERSTE_DATUM) || nieuweDeadline.isAfter(vandaag.plusYears(10)))) {
            throw new DomeinFout("checklist.deadline.ongeldig");
        }
        WieDeedHet nieuweWie = null;
        LocalDate nieuweDatum = null;
        String reden = null;
        switch (w.status()) {
            case GEREGELD -> {
                if (w.wie() == null) {
                    throw new DomeinFout("checklist.wie.leeg");
                }
                nieuweWie = w.wie();
                nieuweDatum = w.datum() == null ? vandaag : w.datum();
                if (nieuweDatum.isAfter(vandaag)) {
                    throw new DomeinFout("checklist.datum.toekomst");
                }
                if (nieuweDatum.isBefore(EERSTE_DATUM)) {
                    throw new DomeinFout("checklist.datum.ongeldig");
                }
            }
            case NIET_VAN_TOEPASSING -> {
                reden = schoon(w.redenNietVanToepassing());
                if (reden == null) {
                    throw new DomeinFout("checklist.reden.leeg");
                }
                if (reden.length() > REDEN_MAX) {
                    throw new DomeinFout("checklist.reden.lang", REDEN_MAX);
                }
            }
            case TE_DOEN, BEZIG -> {
            }
        }
        boolean handmatig = nieuweDeadline != null
                && (deadlineHandmatig || !Objects.equals(nieuweDeadline, deadline));
        UUID nieuweNotitieDoor = Objects.equals(schoneNotitie, notitie) ? notitieDoor
                : schoneNotitie == null ? null : door;
        return new ChecklistItem(id, huishoudenId, persoonId, sjabloonItemId, code, titel, thema, categorie, hulptekst,
                jaarlijks, uitvoerende, volgorde, jaar, w.status(), nieuweWie, nieuweDatum, nieuweDeadline, handmatig,
                reden, schoneNotitie, nieuweNotitieDoor, door, op, versie + 1);
    }

    /** Ticked off as geregeld today by {@code wie}; due date and note stay. */
    ChecklistItem vinkAf(WieDeedHet wie, UUID door, Instant op, LocalDate vandaag) {
        return wijzig(ItemWijziging.afgevinkt(this, wie, vandaag), door, op, vandaag);
    }

    private static @Nullable String schoon(@Nullable String tekst) {
        return tekst == null || tekst.isBlank() ? null : tekst.strip();
    }
}
