package nl.wegwijs.participatie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;

/**
 * A participation placement of a person: volunteer work, an internship or a work-experience place at a host
 * organisation, with hours per week, start, planned and actual end, and the language level passed to the host (only
 * with the person's agreement).
 */
public record Plaatsing(PlaatsingId id, HuishoudenId huishouden, UUID persoonId, PlaatsingGegevens gegevens,
        @Nullable LocalDate einde, @Nullable EindeReden eindeReden, @Nullable String eindeToelichting, UUID vastgelegdDoor, Instant vastgelegdOp,
        long versie) {

    public PlaatsingSoort soort() {
        return gegevens.soort();
    }

    public String organisatie() {
        return gegevens.organisatie();
    }

    public LocalDate start() {
        return gegevens.start();
    }

    /** Runs on this day: started and not ended before it. */
    public boolean loopt(LocalDate dag) {
        return !gegevens.start().isAfter(dag) && (einde == null || !einde.isBefore(dag));
    }

    public boolean beeindigd() {
        return einde != null;
    }
}
