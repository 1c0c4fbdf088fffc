package nl.wegwijs.verzoek;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a request to the gemeente. */
public record VerzoekId(UUID value) implements Identifier {

    static VerzoekId nieuw() {
        return new VerzoekId(UUID.randomUUID());
    }

    public static VerzoekId from(String tekst) {
        return new VerzoekId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
