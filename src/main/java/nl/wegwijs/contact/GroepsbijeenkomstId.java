package nl.wegwijs.contact;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link Groepsbijeenkomst}. */
public record GroepsbijeenkomstId(UUID value) implements Identifier {

    static GroepsbijeenkomstId nieuw() {
        return new GroepsbijeenkomstId(UUID.randomUUID());
    }

    public static GroepsbijeenkomstId from(String tekst) {
        return new GroepsbijeenkomstId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
