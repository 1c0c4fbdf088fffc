package nl.wegwijs.pip;

/** A partner the PIP was shared with. */
public enum Partner {
    UITVOERDER, TAALSCHOOL, WERKCONSULENT, BUDGETCOACH, ANDERS
}
