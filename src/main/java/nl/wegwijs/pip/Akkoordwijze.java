package nl.wegwijs.pip;

/** How the person approved the PIP. */
public enum Akkoordwijze {
    MONDELING, MONDELING_MET_TOLK, SCHRIFTELIJK
}
