package nl.wegwijs.notificatie;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.organisatie.Rol;

/** Whom a notification is for: one medewerker, or every medewerker with a role in an organisation. */
public record Ontvanger(@Nullable UUID medewerkerId, @Nullable UUID organisatieId, @Nullable Rol rol) {

    public Ontvanger {
        if ((medewerkerId == null) == (organisatieId == null) || (organisatieId == null) != (rol == null)) {
            throw new IllegalArgumentException("A notification goes to one medewerker or to one role in one organisation");
        }
    }

    public static Ontvanger medewerker(UUID medewerkerId) {
        return new Ontvanger(Objects.requireNonNull(medewerkerId), null, null);
    }

    public static Ontvanger rol(UUID organisatieId, Rol rol) {
        return new Ontvanger(null, Objects.requireNonNull(organisatieId), Objects.requireNonNull(rol));
    }
}
