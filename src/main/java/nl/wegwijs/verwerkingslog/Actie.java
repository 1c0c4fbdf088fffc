package nl.wegwijs.verwerkingslog;

/** What was done with the personal data. */
public enum Actie {
    LEZEN, AANMAKEN, WIJZIGEN, VERWIJDEREN
}
