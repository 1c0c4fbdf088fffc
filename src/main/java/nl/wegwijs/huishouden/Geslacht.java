package nl.wegwijs.huishouden;

/** Sex as registered. */
public enum Geslacht {
    VROUW, MAN, X
}
