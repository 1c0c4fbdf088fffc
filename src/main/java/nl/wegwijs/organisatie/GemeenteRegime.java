package nl.wegwijs.organisatie;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One version of what law and gemeente fix for everyone in the gemeente, valid from {@code geldigVanaf}.
 * The version that applies to a person is the latest one whose {@code geldigVanaf} is on or before the person's
 * BRP registration date.
 */
public record GemeenteRegime(UUID id, UUID gemeenteId, LocalDate geldigVanaf, int pipWeken, int ontzorgenMaanden,
        int inburgeringstermijnMaanden) {

    public static final int STANDAARD_PIP_WEKEN = 10;
    public static final int STANDAARD_ONTZORGEN_MAANDEN = 6;
    public static final int STANDAARD_INBURGERINGSTERMIJN_MAANDEN = 36;
}
