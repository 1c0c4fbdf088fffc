package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An action of the begeleidingsplan, made after a measurement for one domain: who does it (the person, the guide or a
 * partner), how urgent, and when it was ticked off.
 */
public record Actie(UUID id, UUID huishoudenId, UUID metingId, UUID domeinId, String omschrijving,
        Uitvoerder uitvoerder, @Nullable String partner, Prioriteit prioriteit, @Nullable LocalDate afgerondOp,
        long versie) {

    public static final int OMSCHRIJVING_MAX = 300;

    public static final int PARTNER_MAX = 100;

    public boolean open() {
        return afgerondOp == null;
    }

    /** Who does an action. */
    public enum Uitvoerder {
        PERSOON, BEGELEIDER, PARTNER
    }

    /** How urgent an action is: urgent first, then important, then later. */
    public enum Prioriteit {
        URGENT, BELANGRIJK, LATER
    }
}
