package nl.wegwijs.organisatie;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A gemeente contracting an uitvoerder for guidance, from {@code ingang} until {@code einde} (open: running).
 * {@code peildatum} names the household date that selects which version of the voorwaarden applies.
 */
public record Contract(UUID id, UUID gemeenteId, UUID uitvoerderId, Startmoment peildatum, LocalDate ingang,
        @Nullable LocalDate einde, String gemeenteNaam, String uitvoerderNaam) {

    public boolean loopt(LocalDate op) {
        return !ingang.isAfter(op) && (einde == null || !einde.isBefore(op));
    }
}
