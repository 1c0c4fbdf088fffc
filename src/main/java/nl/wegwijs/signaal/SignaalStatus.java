package nl.wegwijs.signaal;

/** Where a signal stands. Closing takes a note. */
public enum SignaalStatus {
    OPEN, IN_BEHANDELING, AFGESLOTEN;

    public boolean isOpen() {
        return this != AFGESLOTEN;
    }
}
