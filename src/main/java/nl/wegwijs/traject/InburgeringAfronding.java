package nl.wegwijs.traject;

/** How a person's inburgering ended, so that the inburgeringstermijn is done. */
public enum InburgeringAfronding {
    /** The inburgeringsplicht was met (exams, or the Z-route completed). */
    AFGEROND,
    /** Ontheffing: released from the plicht because the person demonstrably cannot meet it. */
    ONTHEFFING,
    /** Vrijstelling: exempted from the plicht (e.g. already qualified, or by age or illness). */
    VRIJSTELLING
}
