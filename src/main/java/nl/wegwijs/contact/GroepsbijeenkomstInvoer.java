package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What is recorded about a group session.
 *
 * @param organisatorId the medewerker who organises it and gets its hours; null: the one who records it
 * @param uitvoerderId the uitvoerder it is organised for; null: the recorder's own (required from the gemeente side)
 * @param gemeenteId optionally the gemeente it is (also) organised for, whose staff then see it too
 */
public record GroepsbijeenkomstInvoer(String titel, Bijeenkomstsoort soort, Thema thema, LocalDate datum, int minuten,
        @Nullable String locatie, @Nullable String taal, @Nullable UUID organisatorId, @Nullable UUID uitvoerderId,
        @Nullable UUID gemeenteId) {
}
