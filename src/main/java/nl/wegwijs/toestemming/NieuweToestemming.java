package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.Gegevenssoort;

/**
 * A consent to record for one or more persons of a household at once (each gets their own row).
 *
 * @param ontvangerRol null: the whole recipient organisation
 */
public record NieuweToestemming(Set<UUID> personen, UUID ontvangerOrganisatieId, @Nullable Rol ontvangerRol,
        Set<Gegevenssoort> gegevens, Doel doel, LocalDate vanaf, @Nullable LocalDate tot, Wijze wijze,
        @Nullable String taal, @Nullable LocalDate controleOp) {
}
