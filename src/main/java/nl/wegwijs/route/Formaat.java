package nl.wegwijs.route;

/** The printed size of the route card: A3 to hang up, A5 to carry on a home visit. */
public enum Formaat {
    A3, A5
}
