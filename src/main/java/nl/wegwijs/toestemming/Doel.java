package nl.wegwijs.toestemming;

/** What a consent is for. */
public enum Doel {
    /** The gemeente's direction of the guidance and the plan (PIP). */
    REGIE,
    /** A referral to another organisation. */
    DOORVERWIJZING,
    /** The handover at the end of guidance (to the sociaal wijkteam). */
    OVERDRACHT,
    /** Being present at the brede intake. */
    BREDE_INTAKE,
    /** Contact with agencies on the statushouder's behalf. */
    CONTACT_INSTANTIES,
    /** Sharing the results of the self-reliance measurement with the gemeente. */
    ZELFREDZAAMHEID,
    /** The file following the person to another gemeente. */
    VERHUIZING
}
