package nl.wegwijs.ontzorgen;

/** How the fixed costs of one month of the period went; a month without a status is not yet recorded. */
public enum MaandStatus {
    /** Everything paid on time. */
    BETAALD,
    /** Something could not be paid (the benefit came late, a cost was higher): arrears to follow up. */
    ACHTERSTAND,
    /** Nothing to pay this month (e.g. the benefit had not started). */
    NIET_VAN_TOEPASSING
}
