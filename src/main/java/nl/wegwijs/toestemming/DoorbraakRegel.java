package nl.wegwijs.toestemming;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;

/**
 * An emergency override as the teamleider and the privacy officer see it: who declared it on which household, why,
 * from when until when, and who acknowledged it.
 *
 * @param gezien who acknowledged it and when, readable ("Naam (dd-mm-jjjj uu:mm), ..."), or null
 */
public record DoorbraakRegel(UUID id, UUID huishoudenId, UUID medewerkerId, String medewerker, Rol rol, String reden,
        Instant vanaf, Instant tot, @Nullable String gezien, boolean doorMijGezien) {
}
