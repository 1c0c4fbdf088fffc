package nl.wegwijs.pip;

/** Why a PIP was adjusted (bijgesteld): a change of learning route, a move, new circumstances, or another reason (with a text). */
public enum Bijstelreden {
    ROUTEWIJZIGING, VERHUIZING, NIEUWE_OMSTANDIGHEDEN, OVERIG
}
