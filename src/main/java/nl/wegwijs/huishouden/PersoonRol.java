package nl.wegwijs.huishouden;

/** A person's place in the household. */
public enum PersoonRol {
    HOOFDPERSOON, PARTNER, KIND, NAREIZIGER
}
