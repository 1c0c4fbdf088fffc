package nl.wegwijs.ontzorgen;

/** Why ontzorgen ended before the regime's period: mostly because the bijstand stopped. */
public enum StopReden {
    /** Bijstand stopped: paid work. */
    WERK,
    /** Bijstand stopped: study finance. */
    STUDIE,
    /** Moved to another gemeente. */
    VERHUISD,
    /** The household asked to pay themselves earlier. */
    EIGEN_VERZOEK,
    ANDERS
}
