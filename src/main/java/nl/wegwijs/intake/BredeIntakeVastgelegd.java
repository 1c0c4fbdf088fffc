package nl.wegwijs.intake;

import java.time.LocalDate;
import java.util.UUID;

import org.jmolecules.event.types.DomainEvent;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.TrajectId;

/** A person's brede intake was recorded or changed; {@code gehoudenOp} is the day it was held. */
public record BredeIntakeVastgelegd(TrajectId traject, HuishoudenId huishouden, UUID persoonId, LocalDate gehoudenOp)
        implements DomainEvent {
}
