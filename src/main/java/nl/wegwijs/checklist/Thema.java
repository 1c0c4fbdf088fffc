package nl.wegwijs.checklist;

/** The seven practice themes of guidance (source 000 L487-501, source 002). */
public enum Thema {
    WONEN, FINANCIEN_ADMINISTRATIE, GEZONDHEID, INBURGERING, GEZIN_FAMILIE, SOCIAAL_NETWERK, PARTICIPATIE
}
