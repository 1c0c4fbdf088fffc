package nl.wegwijs.tevredenheid;

/** Who filled in the answers: the guide together with the person, or the person on the guide's device. */
public enum Invulwijze {
    SAMEN, ZELF
}
