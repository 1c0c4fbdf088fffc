package nl.wegwijs.participatie.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.participatie.NieuweFase;

/** Ends a phase period on {@code tot} (its last day); a {@code notitie} replaces the note, none keeps it. */
@Schema(description = "Een periode in een Piëzo-fase beëindigen")
record FaseEinde(
        @Schema(description = "de versie die u het laatst "
                + "las", example = "1", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.api.versie.leeg}") @Nullable Long versie,
        @Schema(description = "de laatste dag in de "
                + "fase", example = "2026-06-30", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull(message = "{participatie.tot.leeg}") @Nullable LocalDate tot,
        @Schema(description = "nieuwe notitie, tot 2000 tekens; weglaten houdt de oude",
                example = "Taalcursus afgerond, door naar vrijwilligerswerk.")
        @Size(max = NieuweFase.NOTITIE_MAX, message = "{participatie.notitie.te-lang}") @Nullable String notitie) {
}
