package nl.wegwijs.werklijst;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One household in the worklist: its next legal deadline, and what the daily guidance asks for (open and overdue
 * checklist items and letters, open signals, last and next contact, and the date by which the next contact is due
 * under the contract's contact norm).
 */
public record WerklijstRegel(UUID trajectId, UUID huishoudenId, String naam, int aantalPersonen, String status,
        @Nullable String faseCode, @Nullable String faseNaam, @Nullable LocalDate eerstvolgendeTermijn,
        @Nullable String eerstvolgendeSoort, int aantalVerlopen, String medewerkerNamen, LocalDate urgentie,
        int checklistOpen, @Nullable LocalDate checklistVroegste, int postOpen, @Nullable LocalDate postVroegste,
        int signalenOpen, boolean signaalUrgent, @Nullable LocalDate laatsteContact,
        @Nullable LocalDate volgendeContact, @Nullable LocalDate contactUiterlijk) {

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
        if (!Werklijst.LOPEND.contains(status)) {
            return false;
        }
        return contactUiterlijk != null ? contactUiterlijk.isBefore(vandaag) : laatsteContact == null;
    }
}
