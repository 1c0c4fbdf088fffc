package nl.wegwijs.traject;

import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

import nl.wegwijs.huishouden.HuishoudenId;

/** A trajectory ended (afgerond, overgedragen or beëindigd). */
public record TrajectAfgerond(TrajectId traject, HuishoudenId huishouden, TrajectStatus status, EindeReden reden,
        LocalDate per) implements DomainEvent {
}
