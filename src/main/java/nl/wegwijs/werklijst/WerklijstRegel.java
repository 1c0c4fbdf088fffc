package nl.wegwijs.werklijst;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One household in the worklist: its next legal deadline, and what the daily guidance asks for (open and overdue
 * checklist items and letters, open signals, last and next contact, and the date by which the next contact is due
 * under the contract's contact norm). {@code voortgang} is false for a reader whose role does not see the daily
 * progress (issue 18): the checklist and contact columns are then empty, not "nothing open"; {@code brieven}
 * likewise for the letters, which are progress or money.
 */
public record WerklijstRegel(UUID trajectId, UUID huishoudenId, String naam, int aantalPersonen, String status,
        @Nullable String faseCode, @Nullable String faseNaam, @Nullable LocalDate eerstvolgendeTermijn,
        @Nullable String eerstvolgendeSoort, int aantalVerlopen, String medewerkerNamen, LocalDate urgentie,
        int checklistOpen, @Nullable LocalDate checklistVroegste, int postOpen, @Nullable LocalDate postVroegste,
        int signalenOpen, boolean signaalUrgent, @Nullable LocalDate laatsteContact,
        @Nullable LocalDate volgendeContact, @Nullable LocalDate contactUiterlijk,
        @Nullable LocalDate signaalVroegste, boolean voortgang, boolean brieven,
        @Nullable LocalDate zelfredzaamheidVolgende, boolean zelfredzaamheidStagnatie,
        boolean zelfredzaamheidLaagste) {

    /** A row without the self-reliance columns (module zelfredzaamheid). */
    public WerklijstRegel(UUID trajectId, UUID huishoudenId, String naam, int aantalPersonen, String status,
            @Nullable String faseCode, @Nullable String faseNaam, @Nullable LocalDate eerstvolgendeTermijn,
            @Nullable String eerstvolgendeSoort, int aantalVerlopen, String medewerkerNamen, LocalDate urgentie,
            int checklistOpen, @Nullable LocalDate checklistVroegste, int postOpen, @Nullable LocalDate postVroegste,
            int signalenOpen, boolean signaalUrgent, @Nullable LocalDate laatsteContact,
            @Nullable LocalDate volgendeContact, @Nullable LocalDate contactUiterlijk,
            @Nullable LocalDate signaalVroegste, boolean voortgang, boolean brieven) {
        this(trajectId, huishoudenId, naam, aantalPersonen, status, faseCode, faseNaam, eerstvolgendeTermijn,
                eerstvolgendeSoort, aantalVerlopen, medewerkerNamen, urgentie, checklistOpen, checklistVroegste,
                postOpen, postVroegste, signalenOpen, signaalUrgent, laatsteContact, volgendeContact,
                contactUiterlijk, signaalVroegste, voortgang, brieven, null, false, false);
    }

    /**
     * Self-reliance needs attention (module zelfredzaamheid): a measurement overdue, no progress between the last
     * two, or a domain at the lowest level; in a running trajectory.
     */
    public boolean zelfredzaamheidAandacht(LocalDate vandaag) {
        return Werklijst.LOPEND.contains(status) && (zelfredzaamheidStagnatie || zelfredzaamheidLaagste
                || zelfredzaamheidVolgende != null && zelfredzaamheidVolgende.isBefore(vandaag));
    }

    /** Far future: the sort key of a row with nothing dated, or of a closed trajectory (see V12). */
    static final LocalDate NOOIT = LocalDate.of(9999, 12, 31);

    /**
     * What is next and when, chosen from the same columns and by the same rule as the stored sort key
     * {@code urgentie} (the earliest date; nothing for a closed trajectory), so the date shown is the date sorted on.
     * On equal dates a legal deadline goes first, then a letter, a signal, a checklist item, the contact norm.
     */
    /** The trajectory has ended (afgerond, overgedragen, beëindigd). */
    public boolean afgesloten() {
        return nl.wegwijs.traject.TrajectStatus.valueOf(status).isAfgesloten();
    }

    public Volgende volgende() {
        if (urgentie.equals(NOOIT)) { // the stored sort key of a closed trajectory (V12)
            return new Volgende("NIETS", null, null, 0);
        }
        if (urgentie.equals(eerstvolgendeTermijn)) {
            return new Volgende("TERMIJN", eerstvolgendeSoort, urgentie, 1);
        }
        if (urgentie.equals(postVroegste)) {
            return new Volgende("POST", null, urgentie, postOpen);
        }
        if (urgentie.equals(signaalVroegste)) {
            return new Volgende("SIGNAAL", null, urgentie, signalenOpen);
        }
        if (urgentie.equals(checklistVroegste)) {
            return new Volgende("CHECKLIST", null, urgentie, checklistOpen);
        }
        return new Volgende("CONTACT", null, urgentie, 0);
    }

    /** The contact planned before the norm's date, if any: shown with the contact norm as the next thing. */
    public @Nullable LocalDate geplandContact() {
        return volgendeContact != null && contactUiterlijk != null && !volgendeContact.isAfter(contactUiterlijk)
                ? volgendeContact : null;
    }

    public boolean verlopen(LocalDate vandaag) {
        return eerstvolgendeTermijn != null && eerstvolgendeTermijn.isBefore(vandaag);
    }

    /**
     * An open checklist item is past its due date, in a running trajectory (once guidance has ended, what was left
     * open is history, not work).
     */
    public boolean checklistTeLaat(LocalDate vandaag) {
        return Werklijst.LOPEND.contains(status) && checklistOpen > 0 && checklistVroegste != null && checklistVroegste.isBefore(vandaag);
    }

    /** An open letter is past its deadline, in a running trajectory. */
    public boolean postTeLaat(LocalDate vandaag) {
        return Werklijst.LOPEND.contains(status) && postOpen > 0 && postVroegste != null && postVroegste.isBefore(vandaag);
    }

    /** The contact norm is exceeded: no contact by the date it was due (or none at all yet in a running trajectory). */
    public boolean contactTeLaat(LocalDate vandaag) {
        if (!voortgang || !Werklijst.LOPEND.contains(status)) { // a reader without progress does not see contacts
            return false;
        }
        return contactUiterlijk != null ? contactUiterlijk.isBefore(vandaag) : laatsteContact == null;
    }
}
