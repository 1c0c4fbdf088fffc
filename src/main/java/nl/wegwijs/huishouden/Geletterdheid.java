package nl.wegwijs.huishouden;

/** Whether a person reads and writes, in any script. */
public enum Geletterdheid {
    GELETTERD, ANDER_SCHRIFT, LAAGGELETTERD, ANALFABEET, ONBEKEND
}
