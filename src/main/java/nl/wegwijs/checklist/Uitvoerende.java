package nl.wegwijs.checklist;

/** Who usually does an item: the phase-1 worker (regeldag, start team) or the regular begeleider or vrijwilliger. */
public enum Uitvoerende {
    FASE1, REGULIER
}
