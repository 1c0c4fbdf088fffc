package nl.wegwijs.route;

/** What the household agrees to do itself (the card names each in every language, with a pictogram). */
public enum ZelfTaak {
    POST_OPENEN, AFSPRAKEN_MAKEN, REKENINGEN_BETALEN, DIGID_GEBRUIKEN, HUISARTS_BELLEN, SCHOOL_KINDEREN,
    OV_REIZEN, TAALLES
}
