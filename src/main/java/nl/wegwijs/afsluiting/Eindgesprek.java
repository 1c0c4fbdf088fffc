package nl.wegwijs.afsluiting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The eindgesprek with the person: when, who was there, what was said, and the person's own view. */
public record Eindgesprek(UUID id, UUID huishoudenId, UUID trajectId, LocalDate gehoudenOp, String aanwezig,
        String samenvatting, String eigenKijk, UUID vastgelegdDoor, String vastgelegdDoorNaam, Instant vastgelegdOp,
        long versie) {
}
