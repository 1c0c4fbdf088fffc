package nl.wegwijs.traject;

/**
 * Field level of the trajectory part of a household file, one rule for the screen and the API: which data category
 * each field belongs to (see {@link Gegevenssoort}), so a reader sees it only when {@link Inzage#magZien} it.
 * <ul>
 * <li>the persons' PIP and inburgeringstermijn and what was recorded of them (PIP date, inburgering ended,
 * exemption): INBURGERING;
 * <li>the phase, its deadline, the reasons for extensions, the explanation of the end and the status history:
 * VOORTGANG (progress of the guidance);
 * <li>the rest (period, planned end, end reason, who guided, ontzorgen, the uitvoerder): BASISGEGEVENS, the
 * handover summary.
 * </ul>
 * BSN and V-nummer follow {@link Inzage#magIdentificatieZien()}.
 */
public final class Veldbeleid {

    private Veldbeleid() {
    }

    /** The category a deadline belongs to. */
    public static Gegevenssoort soort(TermijnSoort termijn) {
        return switch (termijn) {
            case PIP, INBURGERINGSTERMIJN -> Gegevenssoort.INBURGERING;
            case FASE -> Gegevenssoort.VOORTGANG;
            case ONTZORGEN, EINDE_BEGELEIDING, AFSLUITING -> Gegevenssoort.BASISGEGEVENS;
        };
    }

    public static boolean termijnZichtbaar(Inzage inzage, Termijn termijn) {
        return inzage.magZien(soort(termijn.soort()));
    }

    /** The persons' recorded PIP and inburgering facts (and exemptions). */
    public static boolean inburgeringZichtbaar(Inzage inzage) {
        return inzage.magZien(Gegevenssoort.INBURGERING);
    }

    /** Phase, extension reasons, the explanation of the end, the status history. */
    public static boolean voortgangZichtbaar(Inzage inzage) {
        return inzage.magZien(Gegevenssoort.VOORTGANG);
    }
}
