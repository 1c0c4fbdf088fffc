package nl.wegwijs.participatie;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A new phase period of a person: from {@code van}, until {@code tot} (null: still running). */
public record NieuweFase(UUID persoonId, PiezoFase fase, LocalDate van, @Nullable LocalDate tot,
        @Nullable String notitie) {

    public static final int NOTITIE_MAX = 2000;
}
