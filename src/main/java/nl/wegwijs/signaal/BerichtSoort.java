package nl.wegwijs.signaal;

/**
 * What an entry of a signal's thread records: a reply, a change of stand (in behandeling, back to open, closed with
 * its note, reopened), or a change to the plan van aanpak (an action added, changed, done, or open again).
 */
public enum BerichtSoort {
    REACTIE, IN_BEHANDELING, OPEN, AFGESLOTEN, HEROPEND, ACTIE_TOEGEVOEGD, ACTIE_GEWIJZIGD, ACTIE_GEDAAN, ACTIE_OPEN;

    /** Whether this entry changed where the signal stands (rather than its plan or a reply). */
    public boolean isStand() {
        return this == IN_BEHANDELING || this == OPEN || this == AFGESLOTEN || this == HEROPEND;
    }

    public boolean isActie() {
        return name().startsWith("ACTIE_");
    }
}
