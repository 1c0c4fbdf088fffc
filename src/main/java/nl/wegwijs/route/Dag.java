package nl.wegwijs.route;

/** A day of the week on which the guide can be reached. */
public enum Dag {
    MA, DI, WO, DO, VR, ZA, ZO
}
