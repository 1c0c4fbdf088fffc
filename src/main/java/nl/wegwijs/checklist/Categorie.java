package nl.wegwijs.checklist;

/**
 * The phase-1 categories of source 001 (L1059-1061): huisvesting, financiële zaken, inschrijvingen, voorlichting. They
 * overlap (huurtoeslag is both HV and FIN); an item carries the one it is handed over under.
 */
public enum Categorie {
    HV, FIN, INS, VL
}
