package nl.wegwijs.huishouden;

import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a {@link Huishouden}. */
public record HuishoudenId(UUID value) implements Identifier {

    static HuishoudenId nieuw() {
        return new HuishoudenId(UUID.randomUUID());
    }

    public static HuishoudenId from(String tekst) {
        return new HuishoudenId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
