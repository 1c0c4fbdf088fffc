package nl.wegwijs.organisatie;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The acting user: who, in which role, for which organisation. Every public method that reads or writes personal
 * data takes one. Teams and assignments are not held here but read by the queries, so a change holds at once.
 */
public record Medewerker(UUID id, String gebruikersnaam, String naam, Rol rol, @Nullable UUID gemeenteId,
        @Nullable UUID uitvoerderId) implements Serializable {

    /** The organisation (gemeente or uitvoerder) the user works for. */
    public UUID organisatieId() {
        return gemeenteId != null ? gemeenteId : java.util.Objects.requireNonNull(uitvoerderId);
    }

    public boolean heeftRol(Rol... rollen) {
        for (Rol r : rollen) {
            if (r == rol) {
                return true;
            }
        }
        return false;
    }
}
