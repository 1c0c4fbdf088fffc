package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.UUID;

import nl.wegwijs.huishouden.HuishoudenId;

/** A person who could be added as an attendee: a member of a household the medewerker may see. */
public record Kandidaat(UUID persoonId, HuishoudenId huishouden, String naam, LocalDate geboortedatum,
        String huishoudenNaam) {
}
