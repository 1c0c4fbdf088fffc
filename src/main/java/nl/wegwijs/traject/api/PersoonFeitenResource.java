package nl.wegwijs.traject.api;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.InburgeringAfronding;
import nl.wegwijs.traject.PersoonFeiten;

/**
 * What was recorded of one person's legal timeline: the day the PIP was set and the day inburgering ended (and how),
 * each with who recorded it (name). {@code versie} is what a change must send back (0: nothing recorded yet).
 */
record PersoonFeitenResource(UUID persoonId, @Nullable LocalDate pipVastgesteldOp,
        @Nullable String pipVastgelegdDoor, @Nullable LocalDate inburgeringAfgerondOp,
        @Nullable InburgeringAfronding inburgeringAfronding, @Nullable String inburgeringVastgelegdDoor,
        long versie) {

    static PersoonFeitenResource from(PersoonFeiten f, java.util.function.Function<UUID, String> naam) {
        return new PersoonFeitenResource(f.persoonId(), f.pipVastgesteldOp(),
                f.pipVastgelegdDoor() == null ? null : naam.apply(f.pipVastgelegdDoor()), f.inburgeringAfgerondOp(),
                f.inburgeringAfronding(),
                f.inburgeringVastgelegdDoor() == null ? null : naam.apply(f.inburgeringVastgelegdDoor()), f.versie());
    }
}
