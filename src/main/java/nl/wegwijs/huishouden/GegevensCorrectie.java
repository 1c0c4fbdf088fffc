package nl.wegwijs.huishouden;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One corrected field of a household or person (rectification, AVG art. 16): which field, the old and the new value,
 * who corrected it and when.
 *
 * @param persoonId the person whose field changed, or null for a field of the household (address, dates)
 * @param veld the field's name, e.g. {@code achternaam}, {@code postcode}
 */
public record GegevensCorrectie(UUID id, HuishoudenId huishouden, @Nullable UUID persoonId, String veld,
        @Nullable String oudeWaarde, @Nullable String nieuweWaarde, UUID medewerkerId, Instant gecorrigeerdOp) {
}
