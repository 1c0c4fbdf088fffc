package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One group session in a list: what, when, who organised it, and how many attended. {@code personen} holds the
 * attendees of one household when the list is shown for a household, and is empty otherwise.
 */
public record GroepsbijeenkomstOverzicht(UUID id, String titel, Bijeenkomstsoort soort, Thema thema, LocalDate datum,
        int minuten, UUID organisatorId, String organisatorNaam, int deelnemers, List<UUID> personen) {
}
