package nl.wegwijs.afsluiting;

import nl.wegwijs.traject.Gegevenssoort;

/**
 * The blocks of a handover summary, each with the data category a consent must name for the block to be shared
 * (contacts and languages are basis data the wijkteam sees by its task).
 */
public enum Blok {
    LEEFGEBIEDEN(Gegevenssoort.ZELFREDZAAMHEID),
    CHECKLIST(Gegevenssoort.VOORTGANG),
    BRIEVEN(Gegevenssoort.VOORTGANG),
    SIGNALEN(Gegevenssoort.SIGNALEN),
    VERWIJZINGEN(Gegevenssoort.SIGNALEN),
    PIP(Gegevenssoort.INBURGERING),
    CONTACTEN(Gegevenssoort.BASISGEGEVENS),
    TALEN(Gegevenssoort.BASISGEGEVENS);

    private final Gegevenssoort soort;

    Blok(Gegevenssoort soort) {
        this.soort = soort;
    }

    public Gegevenssoort soort() {
        return soort;
    }

    /** The longest addition a guide writes per block: a short completion, not a report. */
    public static final int AANVULLING_MAX = 500;
}
