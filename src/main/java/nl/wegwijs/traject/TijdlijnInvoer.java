package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The stored dates of one household's traject that its deadlines are computed from.
 *
 * @param koppeling the day the household was linked to the gemeente (COA / TVS)
 * @param huisvesting the day the household was offered its home (woningtoewijzing)
 * @param verhuizing the day the household moved in
 * @param personen the household members, in the order their deadlines are listed
 * @param verlengingenMaanden the extensions of guidance granted, in months each
 * @param faseCode the code of the current phase, as in the contract's {@code FaseNorm}s
 * @param faseStart the day the current phase started
 * @param trajectAfgerondOp the day the traject ended; then every household deadline is done on that day
 */
public record TijdlijnInvoer(@Nullable LocalDate koppeling, @Nullable LocalDate huisvesting,
        @Nullable LocalDate verhuizing, List<PersoonInvoer> personen, List<Integer> verlengingenMaanden,
        @Nullable String faseCode, @Nullable LocalDate faseStart, @Nullable LocalDate trajectAfgerondOp) {

    public TijdlijnInvoer {
        personen = List.copyOf(personen);
        verlengingenMaanden = List.copyOf(verlengingenMaanden);
        if (verlengingenMaanden.stream().anyMatch(maanden -> maanden < 0)) {
            throw new IllegalArgumentException("An extension cannot be negative: " + verlengingenMaanden);
        }
    }

    /** The months of all extensions together. */
    public int verlengdMaanden() {
        return verlengingenMaanden.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * One household member's dates.
     *
     * @param nareiziger joined the household later (gezinshereniging); their own BRP date counts for their own
     *        deadlines and not for the household's
     * @param inburgeringsplichtig only then does the person get a PIP and an inburgeringstermijn
     * @param brpInschrijving the day the person was registered in the BRP of the gemeente: the legal start
     * @param pipVastgesteldOp the day the PIP was decided; then the PIP deadline is done
     * @param inburgeringAfgerondOp the day inburgering was completed (or exempted); then that deadline is done
     */
    public record PersoonInvoer(UUID persoonId, boolean nareiziger, boolean inburgeringsplichtig,
            @Nullable LocalDate brpInschrijving, @Nullable LocalDate pipVastgesteldOp,
            @Nullable LocalDate inburgeringAfgerondOp) {

        public PersoonInvoer {
            Objects.requireNonNull(persoonId, "persoonId");
        }
    }
}
