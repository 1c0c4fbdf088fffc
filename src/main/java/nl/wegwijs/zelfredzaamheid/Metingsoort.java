package nl.wegwijs.zelfredzaamheid;

/** The kind of measurement: the baseline (always the first), a planned one, an interim one, the end measurement. */
public enum Metingsoort {
    NULMETING, VERVOLG, TUSSENTIJDS, EIND
}
