package nl.wegwijs.zelfredzaamheid;

/** One level of an instrument's scale: its value (1 = lowest), name and the criterion in plain words. */
public record Niveau(int waarde, String naam, String criterium) {
}
