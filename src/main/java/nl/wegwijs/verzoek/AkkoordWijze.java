package nl.wegwijs.verzoek;

/** How the client agreed to the request being made. */
public enum AkkoordWijze {
    MONDELING,
    MONDELING_MET_TOLK,
    SCHRIFTELIJK
}
