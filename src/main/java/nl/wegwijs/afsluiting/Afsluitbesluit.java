package nl.wegwijs.afsluiting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.EindeReden;

/**
 * One decision of the closing: end (with the reason, and whether the household got the list of local services),
 * extend (months, reason, the person's own request and when they asked), or hand over.
 */
public record Afsluitbesluit(UUID id, UUID huishoudenId, UUID trajectId, Besluitsoort soort,
        @Nullable EindeReden eindeReden, @Nullable Integer maanden, @Nullable String reden,
        @Nullable String verzoekPersoon, @Nullable LocalDate verzoekOp, boolean dienstenlijst, UUID beslotenDoor,
        String beslotenDoorNaam, Instant beslotenOp) {
}
