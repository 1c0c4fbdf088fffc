package nl.wegwijs.pip;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.traject.TrajectId;

/**
 * A person's PIP: its versions (without goals: see {@link PipVersie}), the regievoerder who holds it, and what
 * actually happened (first language lesson, MAP and PVT completed), which are facts rather than plans and so not
 * versioned. {@code versie} guards every change of the regievoerder (optimistic locking).
 */
public record Pip(UUID id, HuishoudenId huishouden, TrajectId traject, UUID persoonId, UUID regievoerderId,
        @Nullable LocalDate eersteTaallesOp, @Nullable LocalDate mapAfgerondOp, @Nullable LocalDate pvtAfgerondOp,
        long versie, List<PipVersie> versies) {

    /** The version in force: the last one set; empty while only a draft exists. */
    public Optional<PipVersie> huidige() {
        return versies.stream().filter(v -> !v.isConcept()).reduce((a, b) -> b);
    }

    /** The open draft (the first one before any decision, or a bijstelling in the making). */
    public Optional<PipVersie> concept() {
        return versies.stream().filter(PipVersie::isConcept).findFirst();
    }

    /** The day version 1 was set, or null while there is none. */
    public @Nullable LocalDate vastgesteldOp() {
        return versies.stream().filter(v -> !v.isConcept() && v.nummer() == 1).findFirst()
            .map(PipVersie::vastgesteldOp).orElse(null);
    }

    public Optional<PipVersie> versie(int nummer) {
        return versies.stream().filter(v -> v.nummer() == nummer).findFirst();
    }
}
