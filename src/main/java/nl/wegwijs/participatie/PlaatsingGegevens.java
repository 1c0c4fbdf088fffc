package nl.wegwijs.participatie;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What is recorded of a new placement.
 *
 * @param taalniveau the level passed to the host; only with {@code taalniveauAkkoord}
 * @param taalniveauAkkoord the person agreed that their language level is passed to the host
 * @param werkAangepast the host adapted the work to the person's language level
 */
public record PlaatsingGegevens(UUID persoonId, PlaatsingSoort soort, String organisatie,
        @Nullable String contactpersoon, int urenPerWeek, LocalDate start, @Nullable LocalDate geplandEinde,
        @Nullable Taalniveau taalniveau, boolean taalniveauAkkoord, boolean werkAangepast, @Nullable String notitie) {

    public static final int NAAM_MAX = 200;
    public static final int NOTITIE_MAX = 2000;
}
