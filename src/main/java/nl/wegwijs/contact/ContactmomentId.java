package nl.wegwijs.contact;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link Contactmoment}. */
public record ContactmomentId(UUID value) implements Identifier {

    static ContactmomentId nieuw() {
        return new ContactmomentId(UUID.randomUUID());
    }

    public static ContactmomentId from(String tekst) {
        return new ContactmomentId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
