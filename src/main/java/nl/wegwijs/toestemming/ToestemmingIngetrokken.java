package nl.wegwijs.toestemming;

import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Rol;

/**
 * A consent was revoked: what it covered must stop. Published by {@link ToestemmingService#trekIn} in the revoking
 * transaction (after the row and its log entry are written), so a listener ({@code @EventListener}) that withdraws
 * what rested on it commits or rolls back with the revocation. Ids and the consent's scope only, no reason (the
 * person's words stay in the register).
 *
 * @param toestemming the revoked consent
 * @param persoon whose consent it was
 * @param ontvangerOrganisatie the recipient organisation, with {@code ontvangerRol} when it was for one role only
 * @param door the medewerker who recorded the revocation, for the processing log of what listeners change
 * @param doorOrganisatie the organisation that medewerker works for
 */
public record ToestemmingIngetrokken(UUID toestemming, HuishoudenId huishouden, UUID persoon, Doel doel,
        UUID ontvangerOrganisatie, @Nullable Rol ontvangerRol, UUID door, @Nullable UUID doorOrganisatie)
        implements DomainEvent {
}
