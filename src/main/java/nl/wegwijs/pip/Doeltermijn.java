package nl.wegwijs.pip;

/** Whether a goal is for the short term (this year) or the long term (within the inburgeringstermijn). */
public enum Doeltermijn {
    KORT, LANG
}
