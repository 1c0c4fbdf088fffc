package nl.wegwijs.zelfredzaamheid;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One domain of one person's latest measurement. For a domain measured on its components, {@code niveau} is the
 * lowest level among its applicable components (a realised component counts as the top of the scale); none when the
 * domain was not scored or is not applicable.
 *
 * @param persoonId the person measured; for a household measurement the household's first person
 * @param persoonNaam the person's name, or the household's name for a household measurement
 * @param schaalMax the top of the scale (5 = fully self-reliant in the default instruments)
 */
public record DomeinStand(UUID persoonId, String persoonNaam, String domein, @Nullable Integer niveau,
        @Nullable String niveauNaam, int schaalMax, boolean nietVanToepassing) {
}
