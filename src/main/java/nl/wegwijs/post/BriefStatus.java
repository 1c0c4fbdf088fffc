package nl.wegwijs.post;

/** Where a letter stands. Open and in behandeling still need action; the other two are done. */
public enum BriefStatus {
    OPEN, IN_BEHANDELING, AFGEHANDELD, GEEN_ACTIE;

    /** Still needs action (counts in the worklist; overdue when past its deadline). */
    public boolean isOpen() {
        return this == OPEN || this == IN_BEHANDELING;
    }
}
