package nl.wegwijs.traject;

import org.jmolecules.event.types.DomainEvent;

import nl.wegwijs.huishouden.HuishoudenId;

/** A trajectory was registered or changed: status, phase, assignments, extension, contract. */
public record TrajectGewijzigd(TrajectId traject, HuishoudenId huishouden) implements DomainEvent {
}
