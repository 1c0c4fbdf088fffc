package nl.wegwijs.pip;

/** How intensive the guidance along the PIP is. */
public enum Intensiteit {
    LICHT, GEMIDDELD, INTENSIEF
}
