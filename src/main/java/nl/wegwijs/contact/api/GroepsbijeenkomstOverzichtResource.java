package nl.wegwijs.contact.api;

import java.time.LocalDate;
import java.util.UUID;

import nl.wegwijs.contact.GroepsbijeenkomstOverzicht;

/** One group session in a list. */
record GroepsbijeenkomstOverzichtResource(UUID id, String titel, String soort, String thema, LocalDate datum,
        int minuten, UUID organisatorId, String organisatorNaam, int aantalDeelnemers) {

    static GroepsbijeenkomstOverzichtResource from(GroepsbijeenkomstOverzicht g) {
        return new GroepsbijeenkomstOverzichtResource(g.id(), g.titel(), g.soort().name(), g.thema().name(),
                g.datum(), g.minuten(), g.organisatorId(), g.organisatorNaam(), g.deelnemers());
    }
}
