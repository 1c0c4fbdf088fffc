package nl.wegwijs.verzoek;

import org.jmolecules.event.types.DomainEvent;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.TrajectId;

/**
 * The gemeente decided on a request (published in the deciding transaction). Ids, the kind and the outcome only; an
 * approved extension has already changed the trajectory ({@code traject.TrajectGewijzigd}).
 */
public record VerzoekBesloten(VerzoekId verzoek, TrajectId traject, HuishoudenId huishouden, VerzoekSoort soort,
        Uitkomst uitkomst) implements DomainEvent {
}
