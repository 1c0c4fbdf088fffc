package nl.wegwijs.huishouden;

import java.util.Optional;
import java.util.UUID;

import nl.wegwijs.organisatie.Medewerker;

/**
 * Reads one household for a medewerker through the one access point of personal data (traject's {@code Inzage}):
 * declared here, answered by the module that knows who may see what (traject), as {@link Zichtbaarheid} is. So the
 * household API and edit screens decide and log exactly as the household file does.
 */
public interface Leesrecht {

    /**
     * The household as this medewerker may see it (without BSN and V-nummer when those are not theirs to see), its
     * read logged once per person (in a transaction of its own); empty when they may not see it. Call it outside a
     * transaction: a refusal inside one would mark it for rollback.
     */
    Optional<Huishouden> lees(Medewerker ik, HuishoudenId id);

    /** One person of that household as this medewerker may see them, the read logged for that person only. */
    Optional<Persoon> leesPersoon(Medewerker ik, HuishoudenId id, UUID persoon);
}
