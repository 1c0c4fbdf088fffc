package nl.wegwijs.verzoek.api;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import nl.wegwijs.verzoek.Uitkomst;

/** The gemeente's decision on a request, at the version last read; a rejection needs {@code reden}. */
record BesluitRequest(@NotNull(message = "{fout.gelijktijdig-gewijzigd}") @Nullable Long versie,
        @NotNull(message = "{verzoek.besluit.leeg}") @Nullable Uitkomst uitkomst, @Nullable String reden) {
}
