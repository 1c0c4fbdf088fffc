package nl.wegwijs.tevredenheid;

/** When the questionnaire is taken: after the first year, or at the end when guidance is shorter than a year. */
public enum Moment {
    EERSTE_JAAR, EINDE
}
