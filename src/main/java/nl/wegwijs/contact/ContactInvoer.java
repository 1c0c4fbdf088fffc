package nl.wegwijs.contact;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a guide records about a contact: when and how long, how, who of the household and of the staff were there,
 * the interpreter, the themes discussed, the agreements, a free-text note and the next planned contact.
 *
 * @param personen the household members present (persons of that household; at least one)
 * @param medewerkers the staff present (at least one; each gets the duration once in their hours)
 * @param tolkTaal the interpreter's language, required unless {@code tolk} is {@link Tolk#GEEN}
 */
public record ContactInvoer(LocalDate datum, int minuten, Contactsoort soort, Set<UUID> personen,
        Set<UUID> medewerkers, Tolk tolk, @Nullable String tolkTaal, Set<Thema> themas, @Nullable String afspraken,
        @Nullable String notitie, @Nullable LocalDate volgendContact) {

    public ContactInvoer {
        personen = Set.copyOf(new LinkedHashSet<>(personen));
        medewerkers = Set.copyOf(new LinkedHashSet<>(medewerkers));
        themas = Set.copyOf(themas);
    }
}
