package nl.wegwijs.traject.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.wegwijs.traject.InburgeringAfronding;
import nl.wegwijs.traject.PersoonFeiten;

/**
 * What was recorded of one person's legal timeline: the day the PIP was set and the day inburgering ended (and how),
 * each with who recorded it (name). {@code versie} is what a change must send back (0: nothing recorded yet).
 */
@Schema(description = "Wat van de wettelijke tijdlijn van één persoon is vastgelegd")
record PersoonFeitenResource(
        @Schema(description = "id van de persoon", example = "7d6c5b4a-3e2f-4a1b-9c0d-8e7f6a5b4c3d") UUID persoonId,
        @Schema(description = "de dag waarop het PIP werd vastgesteld", example = "2026-03-16", nullable = true)
        @Nullable LocalDate pipVastgesteldOp,
        @Schema(description = "wie dat vastlegde", example = "Fatima El Amrani", nullable = true)
        @Nullable String pipVastgelegdDoor,
        @Schema(description = "de dag waarop de inburgering eindigde", example = "2026-10-20", nullable = true)
        @Nullable LocalDate inburgeringAfgerondOp,
        @Schema(description = "hoe: AFGEROND (inburgering behaald), ONTHEFFING of "
                + "VRIJSTELLING", example = "AFGEROND", nullable = true)
        @Nullable InburgeringAfronding inburgeringAfronding,
        @Schema(description = "wie dat vastlegde", example = "Sanne de Boer", nullable = true)
        @Nullable String inburgeringVastgelegdDoor,
        @Schema(description = "versie van de feiten van de persoon (0: nog niets vastgelegd)", example = "1")
        long versie) {

    static PersoonFeitenResource from(PersoonFeiten f, java.util.function.Function<UUID, String> naam) {
        return new PersoonFeitenResource(f.persoonId(), f.pipVastgesteldOp(),
                f.pipVastgelegdDoor() == null ? null : naam.apply(f.pipVastgelegdDoor()), f.inburgeringAfgerondOp(),
                f.inburgeringAfronding(),
                f.inburgeringVastgelegdDoor() == null ? null : naam.apply(f.inburgeringVastgelegdDoor()), f.versie());
    }
}
