package nl.wegwijs.organisatie;

/**
 * A household or person date that a regime can count from, start guidance at, or select its version by.
 */
public enum Startmoment {
    /** Inschrijving in de BRP: the legal start of guidance (art. 13(3) Wi2021). */
    BRP_INSCHRIJVING,
    /** Koppeling of the household to the gemeente (COA / TVS). */
    KOPPELING,
    /** Woningtoewijzing: the day the household was offered its home. */
    HUISVESTING,
    /** The day the household moved into its home. */
    VERHUIZING
}
