package nl.wegwijs.pip;

/**
 * Who owns (works on and answers for) a PIP goal. The regievoerder, the uitvoerder (the household's guides) and the
 * budgetcoach work in Wegwijs; the language school, the werkconsulent and the person do not: their goals show whom to
 * ask (with a contact name) and notify nobody.
 */
public enum Eigenaar {
    REGIEVOERDER, UITVOERDER, TAALSCHOOL, WERKCONSULENT, BUDGETCOACH, PERSOON;

    /** Owned outside Wegwijs: shown with whom to ask, never notified. */
    public boolean extern() {
        return this == TAALSCHOOL || this == WERKCONSULENT || this == PERSOON;
    }
}
