package nl.wegwijs.traject;

/** Why a trajectory ended. */
public enum EindeReden {
    /** The planned duration was reached. */
    DUUR_VERSTREKEN,
    /** The household is self-reliant before the planned end. */
    DOELEN_BEREIKT,
    /** Warm handover to the sociaal wijkteam. */
    WARME_OVERDRACHT,
    /** Moved to another gemeente. */
    VERHUISD,
    /** The household no longer wants guidance. */
    AFGEZIEN,
    /** Not entitled after all (e.g. a gezinsmigrant), or registered by mistake. */
    GEEN_RECHT,
    OVERLEDEN,
    ANDERS
}
