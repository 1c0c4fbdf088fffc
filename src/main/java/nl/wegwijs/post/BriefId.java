package nl.wegwijs.post;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a letter. */
public record BriefId(UUID value) implements Identifier {

    static BriefId nieuw() {
        return new BriefId(UUID.randomUUID());
    }

    public static BriefId from(String tekst) {
        return new BriefId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
