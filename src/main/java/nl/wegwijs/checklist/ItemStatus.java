package nl.wegwijs.checklist;

/** Where a checklist item stands. Open means still to be done: te doen or bezig. */
public enum ItemStatus {
    TE_DOEN, BEZIG, GEREGELD, NIET_VAN_TOEPASSING;

    public boolean isOpen() {
        return this == TE_DOEN || this == BEZIG;
    }
}
