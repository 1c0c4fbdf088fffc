package nl.wegwijs.intake;

/** The highest education a person completed (or mostly followed), in the country of origin or elsewhere. */
public enum Opleidingsniveau {
    GEEN, BASISONDERWIJS, VOORTGEZET, BEROEPSONDERWIJS, HOGER_ONDERWIJS, UNIVERSITEIT, ONBEKEND
}
