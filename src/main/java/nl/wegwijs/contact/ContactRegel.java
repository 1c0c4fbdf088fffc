package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * One line of a household's contacts: a contactmoment, or a group session members of the household attended (which
 * counts as a contact too). For a session, {@code soort} is its {@link Bijeenkomstsoort}, {@code titel} its title,
 * {@code personen} the household's attendees and {@code medewerkers} its organiser; {@code notitie} is null when the
 * reader may not see it (see {@link ContactService#notitieZichtbaar}).
 */
public record ContactRegel(Bron bron, UUID id, HuishoudenId huishouden, LocalDate datum, int minuten, String soort, @Nullable String titel,
        List<UUID> personen, List<UUID> medewerkers, @Nullable Tolk tolk, @Nullable String tolkTaal,
        List<Thema> themas, @Nullable String afspraken, @Nullable String notitie, @Nullable LocalDate volgendContact,
        UUID vastgelegdDoor, long versie) {

    /** Where a line comes from. */
    public enum Bron {
        CONTACTMOMENT, GROEPSBIJEENKOMST
    }

    public boolean isGroepsbijeenkomst() {
        return bron == Bron.GROEPSBIJEENKOMST;
    }

    /** The staff-minutes this line adds to the household's hours: a session adds none (they go to its organiser). */
    public int medewerkerMinuten() {
        return isGroepsbijeenkomst() ? 0 : minuten * medewerkers.size();
    }

    ContactRegel zonderNotitie() {
        return new ContactRegel(bron, id, huishouden, datum, minuten, soort, titel, personen, medewerkers, tolk, tolkTaal, themas,
                afspraken, null, volgendContact, vastgelegdDoor, versie);
    }
}
