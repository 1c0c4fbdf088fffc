package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.demo.DemoTrajecten.Gespeeld;
import nl.wegwijs.organisatie.Medewerker;

/**
 * A module's part of the demo data (intake, PIP, ontzorgen, ...), played per household after the daily work and the
 * consents, each household in a transaction of its own. Implementations are beans of this package; {@link DemoData}
 * plays them in {@link #volgorde()}.
 */
interface DemoAanvulling {

    int volgorde();

    /** Fills this module's demo data for one household as it stands today. */
    void speel(Gespeeld g, Context context);

    /** Runs once after every household was played (e.g. a meeting over many households). */
    default void na(Context context) {
    }

    /** The demo world: the regievoerder per contract id, today, and the beheerder (null where a test has none). */
    record Context(Map<UUID, Medewerker> regievoerders, LocalDate vandaag, @Nullable Medewerker beheerder) {

        Context(Map<UUID, Medewerker> regievoerders, LocalDate vandaag) {
            this(regievoerders, vandaag, null);
        }
    }
}
