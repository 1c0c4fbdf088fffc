package nl.wegwijs.verzoek;

/** What is asked of the gemeente: a longer guidance, or an add-on product. */
public enum VerzoekSoort {
    /** Extend the guidance by a number of months (within the contract's maximum). */
    VERLENGING,
    /** Add a product, e.g. Eurowijzer, Mindfit or ouderschapsondersteuning. */
    PRODUCT
}
