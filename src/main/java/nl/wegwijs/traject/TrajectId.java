package nl.wegwijs.traject;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link Traject}. */
public record TrajectId(UUID value) implements Identifier {

    static TrajectId nieuw() {
        return new TrajectId(UUID.randomUUID());
    }

    public static TrajectId from(String tekst) {
        return new TrajectId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
