package nl.wegwijs.afsluiting;

/** The decision of the closing talk: end guidance, extend it within the regime, or hand over warmly. */
public enum Besluitsoort {
    BEEINDIGEN, VERLENGEN, OVERDRAGEN
}
