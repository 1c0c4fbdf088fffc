package nl.wegwijs.participatie;

/** A language level (CEFR) as passed to the host organisation of a placement; A0 means no Dutch yet. */
public enum Taalniveau {
    A0, A1, A2, B1, B2
}
