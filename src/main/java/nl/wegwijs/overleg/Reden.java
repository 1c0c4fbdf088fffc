package nl.wegwijs.overleg;

/** Why a household is on a meeting's agenda (a snapshot taken when the agenda was made). */
public enum Reden {
    /** It has open signals. */
    SIGNAAL,
    /** Its next deadline or item is past (the worklist's "te laat"). */
    TE_LAAT,
    /** A teamleider or the regievoerder put it forward with a question. */
    INGEBRACHT
}
