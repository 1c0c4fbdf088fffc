package nl.wegwijs.route;

/** How often the guide and the household meet. */
public enum Ontmoeting {
    WEKELIJKS, TWEEWEKELIJKS, DRIEWEKELIJKS, MAANDELIJKS, ZESWEKELIJKS
}
