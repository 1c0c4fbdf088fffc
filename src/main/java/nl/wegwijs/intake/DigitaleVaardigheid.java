package nl.wegwijs.intake;

/** How well a person manages digital things (DigiD, e-mail, online forms): not, the basics, or well. */
public enum DigitaleVaardigheid {
    GEEN, BASIS, GOED
}
