package nl.wegwijs.ontzorgen;

import java.util.UUID;

/** Identity of a household's financieel ontzorgen. */
public record OntzorgenId(UUID value) {

    public static OntzorgenId nieuw() {
        return new OntzorgenId(UUID.randomUUID());
    }

    public static OntzorgenId van(String tekst) {
        return new OntzorgenId(UUID.fromString(tekst));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
