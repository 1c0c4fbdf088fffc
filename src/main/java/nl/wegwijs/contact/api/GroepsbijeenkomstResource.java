package nl.wegwijs.contact.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.contact.Groepsbijeenkomst;
import nl.wegwijs.contact.GroepsbijeenkomstDetail;

/** A group session with its attendance as the reader may see it. */
record GroepsbijeenkomstResource(UUID id, String titel, String soort, String thema, LocalDate datum, int minuten,
        @Nullable String locatie, @Nullable String taal, UUID organisatorId, UUID uitvoerderId,
        @Nullable UUID gemeenteId, int aantalDeelnemers, DeelnemersResource deelnemers, long versie) {

    static GroepsbijeenkomstResource from(GroepsbijeenkomstDetail d) {
        Groepsbijeenkomst g = d.bijeenkomst();
        return new GroepsbijeenkomstResource(g.id().value(), g.titel(), g.soort().name(), g.thema().name(), g.datum(),
                g.minuten(), g.locatie(), g.taal(), g.organisatorId(), g.uitvoerderId(), g.gemeenteId(),
                d.aantalDeelnemers(), DeelnemersResource.from(d), g.versie());
    }
}
