package nl.wegwijs.signaal;

/** How urgent a signal is; lists show the most urgent first. */
public enum Urgentie {
    LAAG, NORMAAL, HOOG, ACUUT;

    /** High or acute: the household counts as urgent in the worklist. */
    public boolean isUrgent() {
        return this == HOOG || this == ACUUT;
    }
}
