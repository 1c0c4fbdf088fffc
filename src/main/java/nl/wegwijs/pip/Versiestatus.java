package nl.wegwijs.pip;

/** A PIP version is a draft (concept) the regievoerder edits, or set (vastgesteld) and then read-only. */
public enum Versiestatus {
    CONCEPT, VASTGESTELD
}
