package nl.wegwijs.pip;

/** The target language level of the learning route. */
public enum Taalniveau {
    A1, A2, B1, B2
}
