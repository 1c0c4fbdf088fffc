package nl.wegwijs.checklist;

/**
 * The date an item's due offset counts from. For a yearly item the anniversary of the date in the item's year (or
 * 1 January for {@link #KALENDERJAAR}).
 */
public enum Referentie {
    /** The household's BRP registration (the earliest of the persons who are not nareizigers). */
    BRP_INSCHRIJVING,
    /** The person's own BRP registration (the household's for a household item). */
    PERSOON_BRP,
    KOPPELING, HUISVESTING, REGELDAG, VERHUIZING,
    /** The practical start of guidance, or the aanmelding while it has not started. */
    TRAJECT_START,
    /** The person's PIP deadline (the earliest of the household for a household item). */
    PIP,
    /** The end of the person's inburgeringstermijn (the earliest of the household for a household item). */
    INBURGERINGSTERMIJN,
    /** The planned end of guidance, extensions included; none when the contract has no formal end. */
    EINDE_BEGELEIDING,
    /** 1 January of the item's year; only for yearly items. */
    KALENDERJAAR
}
