package nl.wegwijs.pip;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a person's PIP: a draft (concept) or set (vastgesteld on a date). Version 1 is the first decision;
 * each bijstelling makes the next, with its reason. Read-only once set, except the person's approval.
 */
public record PipVersie(int nummer, Versiestatus status, Plan plan, @Nullable LocalDate vastgesteldOp,
        @Nullable Bijstelreden reden, @Nullable String toelichting, @Nullable LocalDate akkoordOp,
        @Nullable Akkoordwijze akkoordWijze, UUID aangemaaktDoor, Instant aangemaaktOp, List<Doel> doelen) {

    public boolean isConcept() {
        return status == Versiestatus.CONCEPT;
    }

    public PipVersie metDoelen(List<Doel> nieuw) {
        return new PipVersie(nummer, status, plan, vastgesteldOp, reden, toelichting, akkoordOp, akkoordWijze,
                aangemaaktDoor, aangemaaktOp, nieuw);
    }
}
