package nl.wegwijs.huishouden;

import org.jmolecules.event.types.DomainEvent;

/**
 * The retention period of a closed household has passed: every module now removes what identifies its persons from
 * its own tables, in the publisher's transaction (a plain {@code @EventListener}), and keeps what reports count (rows,
 * dates, statuses, minutes). Published by the retention job (module {@code bewaren}) after it logged the erasure per
 * person. Listeners must be idempotent.
 */
public record HuishoudenGeanonimiseerd(HuishoudenId huishouden) implements DomainEvent {

    /** What stands where a required free text or name was: neutral, the same everywhere. */
    public static final String TEKST = "[geanonimiseerd]";

    /** The last name every person of an anonymised household gets (the first name becomes "Persoon 1", …). */
    public static final String ACHTERNAAM = "Geanonimiseerd";
}
