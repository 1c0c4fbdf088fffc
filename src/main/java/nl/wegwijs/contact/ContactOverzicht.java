package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.Inzage;

/**
 * A household's contacts at a glance (the section of the household file): its stand, the latest contacts and group
 * sessions, the hours this year, and whether the reader may record a contact.
 *
 * @param medewerkerMinuten the staff-minutes of this year's contacts (each staff member present counts once)
 * @param groepMinuten the minutes of this year's group sessions the household attended (not staff time)
 * @param bijeenkomstenTeOpenen the group sessions among {@code recent} the reader may open
 * @param zichtbaar whether the reader sees the household's contacts; else the section only says which consent is
 *        missing
 * @param notitiesVerborgen some of the {@code recent} lines have a note the reader may not see
 * @param inzage the reader's access decision, for the "toestemming nodig" notice
 */
public record ContactOverzicht(HuishoudenId huishouden, ContactStand stand, boolean achterstallig,
        List<ContactRegel> recent, int jaar, int medewerkerMinuten, int contacten, int groepen, int groepMinuten,
        Map<UUID, String> medewerkerNamen, Map<UUID, String> persoonNamen, boolean magVastleggen, LocalDate vandaag,
        java.util.Set<UUID> bijeenkomstenTeOpenen, boolean zichtbaar, boolean notitiesVerborgen, Inzage inzage) {

    /** The section for a reader who may not see the household's contacts: nothing of them, only the notice. */
    static ContactOverzicht verborgen(Inzage inzage, LocalDate vandaag) {
        HuishoudenId h = inzage.huishoudenId();
        return new ContactOverzicht(h, new ContactStand(h, null, null, null, 0), false, List.of(), vandaag.getYear(),
                0, 0, 0, 0, Map.of(), Map.of(), false, vandaag, java.util.Set.of(), false, false, inzage);
    }

    /** Whether the reader may open this line's group session (else its date and title show as plain text). */
    public boolean magOpenen(ContactRegel r) {
        return r.isGroepsbijeenkomst() && bijeenkomstenTeOpenen.contains(r.id());
    }

    public String medewerkerNaam(UUID id) {
        return medewerkerNamen.getOrDefault(id, "?");
    }

    /** This year's staff-hours, e.g. "12,5". */
    public String medewerkerUren() {
        return Uren.tekst(medewerkerMinuten);
    }

    /** This year's hours of group sessions attended. */
    public String groepUren() {
        return Uren.tekst(groepMinuten);
    }

    public String persoonNaam(UUID id) {
        return persoonNamen.getOrDefault(id, "?");
    }
}
