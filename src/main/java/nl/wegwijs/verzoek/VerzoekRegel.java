package nl.wegwijs.verzoek;

/** A request in a list across households, with the household's name (the hoofdpersoon's). */
public record VerzoekRegel(Verzoek verzoek, String naam) {
}
