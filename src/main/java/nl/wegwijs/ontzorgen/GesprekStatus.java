package nl.wegwijs.ontzorgen;

/** A budget coaching session: planned, held, or cancelled (which does not count towards the transition). */
public enum GesprekStatus {
    GEPLAND, GEHOUDEN, AFGEZEGD;

    /** Counts towards the transition: held, or planned. */
    public boolean telt() {
        return this != AFGEZEGD;
    }
}
