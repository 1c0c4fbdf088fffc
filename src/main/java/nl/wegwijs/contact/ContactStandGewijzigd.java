package nl.wegwijs.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.jmolecules.event.types.DomainEvent;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * The contacts of a household changed (a contactmoment or a group-session attendance recorded, changed or removed):
 * the date of the last contact, the next planned contact, and the date by which the next contact is due under the
 * contract's contact norm (last contact, or the start when there is none, plus the norm's weeks). Published in the
 * writer's transaction, for read models such as the worklist.
 */
public record ContactStandGewijzigd(HuishoudenId huishouden, @Nullable LocalDate laatsteContact,
        @Nullable LocalDate volgendeContact, @Nullable LocalDate contactUiterlijk) implements DomainEvent {
}
