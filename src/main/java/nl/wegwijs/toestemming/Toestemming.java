package nl.wegwijs.toestemming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * One person's consent that a recipient (an organisation, or one role in it) may see some categories of their data
 * for a purpose, from {@code vanaf} until {@code tot} (open-ended when null). A revoked consent keeps its row with
 * when, by whom and why: the history.
 *
 * @param ontvangerNaam the recipient as the person was told, e.g. "gemeente Woerden — regievoerder"
 * @param taal the language the consent was explained in (with an interpreter, or the form's language)
 * @param controleOp when to ask "do you still agree?"
 */
public record Toestemming(UUID id, UUID huishoudenId, UUID persoonId, UUID ontvangerOrganisatieId,
        @Nullable Rol ontvangerRol, String ontvangerNaam, Set<Gegevenssoort> gegevens, Doel doel, LocalDate vanaf,
        @Nullable LocalDate tot, Wijze wijze, @Nullable String taal, UUID vastgelegdDoor, Instant vastgelegdOp,
        @Nullable LocalDate controleOp, @Nullable Instant ingetrokkenOp, @Nullable UUID ingetrokkenDoor,
        @Nullable String intrekkingReden, long versie) {

    /** Given, started, not ended and not revoked on this day. */
    public boolean geldig(LocalDate op) {
        return ingetrokkenOp == null && !vanaf.isAfter(op) && (tot == null || !tot.isBefore(op));
    }
}
