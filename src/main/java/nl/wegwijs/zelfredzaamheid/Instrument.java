package nl.wegwijs.zelfredzaamheid;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A self-reliance instrument: domains (each with optional components), an ordered scale, and whether it measures
 * each person or the household as a whole.
 */
public record Instrument(UUID id, String code, String naam, @Nullable String omschrijving, boolean perHuishouden,
        Schaal schaal, List<Domein> domeinen) {

    public Optional<Domein> domein(UUID id) {
        return domeinen.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The name of a scored item: a domain, or "domain – component". */
    public String itemNaam(UUID item) {
        for (Domein d : domeinen) {
            if (d.id().equals(item)) {
                return d.naam();
            }
            for (Onderdeel o : d.onderdelen()) {
                if (o.id().equals(item)) {
                    return d.naam() + " – " + o.naam();
                }
            }
        }
        return "?";
    }

    public int aantalOnderdelen() {
        return domeinen.stream().mapToInt(d -> d.onderdelen().size()).sum();
    }
}
