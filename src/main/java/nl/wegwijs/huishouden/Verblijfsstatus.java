package nl.wegwijs.huishouden;

/**
 * A person's status for guidance (art. 13 Wi2021, source 001 L1715-1728 and L1535-1539).
 */
public enum Verblijfsstatus {
    /** Inburgeringsplichtig with an asylum residence permit: entitled to guidance. */
    ASIELSTATUSHOUDER(true),
    /** Family member who joined an asylum statushouder later: entitled, with their own dates. */
    NAREIZIGER(true),
    /** Family migrant: not entitled; some gemeenten guide them anyway. */
    GEZINSMIGRANT(false);

    private final boolean rechtOpBegeleiding;

    Verblijfsstatus(boolean rechtOpBegeleiding) {
        this.rechtOpBegeleiding = rechtOpBegeleiding;
    }

    public boolean rechtOpBegeleiding() {
        return rechtOpBegeleiding;
    }
}
