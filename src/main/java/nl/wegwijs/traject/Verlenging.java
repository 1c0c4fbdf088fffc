package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.UUID;

/** An extension of guidance, decided by someone for a reason. */
public record Verlenging(UUID id, int maanden, LocalDate besluitOp, String beslotenDoor, String reden) {
}
