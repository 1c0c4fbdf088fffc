package nl.wegwijs.pip;

/** Where a goal stands: open, being worked on, reached, or stopped. */
public enum DoelStatus {
    OPEN, BEZIG, BEHAALD, GESTOPT
}
