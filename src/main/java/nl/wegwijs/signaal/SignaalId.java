package nl.wegwijs.signaal;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a signal. */
public record SignaalId(UUID value) implements Identifier {

    static SignaalId nieuw() {
        return new SignaalId(UUID.randomUUID());
    }

    public static SignaalId from(String tekst) {
        return new SignaalId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
