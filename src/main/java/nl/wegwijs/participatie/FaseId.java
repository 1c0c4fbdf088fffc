package nl.wegwijs.participatie;

import java.util.UUID;

/** The id of a phase period. */
public record FaseId(UUID value) {

    public static FaseId nieuw() {
        return new FaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
