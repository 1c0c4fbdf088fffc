package nl.wegwijs.participatie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * A period in which a person was (or is) in one Piëzo phase: from {@code van}, up to and including {@code tot}; an
 * open {@code tot} means the phase still runs.
 */
public record FasePeriode(FaseId id, HuishoudenId huishouden, UUID persoonId, PiezoFase fase, LocalDate van,
        @Nullable LocalDate tot, @Nullable String notitie, UUID vastgelegdDoor, Instant vastgelegdOp, long versie) {

    /** Runs on this day: started on or before it and not ended before it. */
    public boolean loopt(LocalDate dag) {
        return !van.isAfter(dag) && (tot == null || !tot.isBefore(dag));
    }

    /** Starts after this day (planned). */
    public boolean gepland(LocalDate dag) {
        return van.isAfter(dag);
    }

    /** Has no end date. */
    public boolean open() {
        return tot == null;
    }

    /** Whether this period and [van, tot] (tot null = open) share at least one day. */
    public boolean overlapt(LocalDate andereVan, @Nullable LocalDate andereTot) {
        return Participatieregels.overlappen(van, tot, andereVan, andereTot);
    }
}
