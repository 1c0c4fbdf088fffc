package nl.wegwijs.contact;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A group session with the attendees the reader may see (persons of households visible to them), how many others
 * attended, and what the reader may do with it.
 */
public record GroepsbijeenkomstDetail(Groepsbijeenkomst bijeenkomst, List<Deelnemer> deelnemers, int verborgen,
        boolean magWijzigen, Map<UUID, String> namen) {

    public int aantalDeelnemers() {
        return deelnemers.size() + verborgen;
    }

    public String naam(UUID medewerker) {
        return namen.getOrDefault(medewerker, "?");
    }
}
