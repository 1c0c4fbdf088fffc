package nl.wegwijs.traject;

/**
 * Where a {@link Termijn} stands on a given day.
 */
public enum TermijnStatus {

    /** Due later than the "binnenkort" window. */
    OP_TIJD,
    /** Due today or within the "binnenkort" window. */
    BINNENKORT,
    /** The due date has passed and the work is not done. */
    VERLOPEN,
    /** Done (PIP vastgesteld, inburgering afgerond, traject afgerond). */
    AFGEROND,
    /** The regime has no formal end (Tholen): never overdue. */
    GEEN_EINDE,
    /** Cannot be computed because a date is missing; {@link Termijn#ontbreekt()} names it. */
    ONBEKEND
}
