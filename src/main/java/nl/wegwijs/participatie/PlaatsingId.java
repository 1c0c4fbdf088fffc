package nl.wegwijs.participatie;

import java.util.UUID;

/** The id of a placement. */
public record PlaatsingId(UUID value) {

    public static PlaatsingId nieuw() {
        return new PlaatsingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
