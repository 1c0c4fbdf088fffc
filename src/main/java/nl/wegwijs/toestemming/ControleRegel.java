package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.wegwijs.traject.Gegevenssoort;

/** One person's current consent whose "do you still agree?" check is due. */
public record ControleRegel(UUID id, UUID huishoudenId, UUID persoonId, String persoon, String ontvangerNaam,
        Set<Gegevenssoort> gegevens, Doel doel, LocalDate controleOp, long versie) {
}
