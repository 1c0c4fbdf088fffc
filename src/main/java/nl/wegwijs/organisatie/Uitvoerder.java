package nl.wegwijs.organisatie;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A guidance organisation (VluchtelingenWerk, Humanitas, INOVA...) or the gemeente itself ({@code gemeenteId} set).
 */
public record Uitvoerder(UUID id, String naam, @Nullable UUID gemeenteId) {
}
