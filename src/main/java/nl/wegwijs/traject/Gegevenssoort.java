package nl.wegwijs.traject;

/**
 * The categories of personal data a consent (toestemming) names and an {@link Inzage} decides on: what a reader may
 * see of a household is a set of these.
 */
public enum Gegevenssoort {
    /** Names, dates, address, household composition, the trajectory and its legal timeline. */
    BASISGEGEVENS,
    /** Progress of the guidance: checklist, contact moments (without their notes), letters, phases. */
    VOORTGANG,
    /** The guides' free-text notes on contacts. */
    NOTITIES,
    /** Health, including signals about health and mental health. */
    GEZONDHEID,
    /** Money: income, benefits, debts, the financial items, letters and signals. */
    FINANCIEN,
    /** Inburgering: PIP, learning route, exemptions. */
    INBURGERING,
    /** Signals and referrals. */
    SIGNALEN,
    /**
     * The results of the self-reliance measurements (levels per domain, the begeleidingsplan): the guidance sees them
     * by its task, the gemeente only with a consent for this category (purpose {@code ZELFREDZAAMHEID}).
     */
    ZELFREDZAAMHEID
}
