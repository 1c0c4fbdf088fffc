package nl.wegwijs.verzoek;

/**
 * The add-on products an uitvoerder offers besides the guidance (VluchtelingenWerk: Eurowijzer, Mindfit,
 * ouderschapsondersteuning; source 002 L3013-3023), or another one named in the request.
 */
public enum Product {
    EUROWIJZER,
    MINDFIT,
    OUDERSCHAPSONDERSTEUNING,
    ANDERS
}
