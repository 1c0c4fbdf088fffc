package nl.wegwijs.huishouden;

import org.jmolecules.event.types.DomainEvent;

/** A household or one of its persons was registered or changed. */
public record HuishoudenGewijzigd(HuishoudenId huishouden) implements DomainEvent {
}
