package nl.wegwijs.post;

/** Who sent a letter. With {@link #ANDERS} the sender's name is required. */
public enum Afzender {
    BELASTINGDIENST_TOESLAGEN, GEMEENTE, DUO, UWV, ZORGVERZEKERAAR, VERHUURDER, ENERGIELEVERANCIER, CJIB, SCHOOL,
    ANDERS
}
