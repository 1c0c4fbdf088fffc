package nl.wegwijs.zelfredzaamheid;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A domain of an instrument with its end goal; scored on its components when it has any, else as a whole. */
public record Domein(UUID id, int volgorde, String naam, @Nullable String einddoel, List<Onderdeel> onderdelen) {

    public boolean opOnderdelen() {
        return !onderdelen.isEmpty();
    }

    /** What is scored in this domain: its components' ids, or the domain's own id. */
    public List<UUID> items() {
        return opOnderdelen() ? onderdelen.stream().map(Onderdeel::id).toList() : List.of(id);
    }
}
