package nl.wegwijs.socialekaart;

/** The kind of a service on the sociale kaart. Zelforganisaties (migrants' own organisations) are a kind of their own. */
public enum Dienstsoort {
    HUISARTS, GGZ, SCHULDHULP, SOCIAAL_WIJKTEAM, WMO, JURIDISCHE_HULP, TAALMAATJE, BUDDY, VOEDSELBANK,
    FONDS_SPORT_CULTUUR, INLOOP, ZELFORGANISATIE, ANDERS
}
