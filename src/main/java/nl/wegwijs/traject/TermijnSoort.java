package nl.wegwijs.traject;

/**
 * The kinds of deadline in a traject: two per inburgeringsplichtige person, the rest for the household.
 * docs/timeline.md gives the rule behind each.
 */
public enum TermijnSoort {

    /** Plan Inburgering en Participatie: due pipWeken after the person's own BRP registration. */
    PIP(true),
    /** Inburgeringstermijn: due inburgeringstermijnMaanden after the person's own BRP registration. */
    INBURGERINGSTERMIJN(true),
    /** End of financieel ontzorgen: ontzorgenMaanden after the household's BRP registration. */
    ONTZORGEN(false),
    /** Planned end of guidance under the contract, extensions included. */
    EINDE_BEGELEIDING(false),
    /** When to plan the eindgesprek and the warm handover: afsluitingVoorloopWeken before the planned end. */
    AFSLUITING(false),
    /** Indicative end of the current phase. */
    FASE(false);

    private final boolean perPersoon;

    TermijnSoort(boolean perPersoon) {
        this.perPersoon = perPersoon;
    }

    /** Whether this deadline belongs to one person (and so carries a persoonId) rather than to the household. */
    public boolean isPerPersoon() {
        return perPersoon;
    }
}
