package nl.wegwijs.zelfredzaamheid;

/** How a component (or domain) was scored: at a level, realised (the sub-goal is reached), or not applicable. */
public enum Scorestatus {
    NIVEAU, GEREALISEERD, NIET_VAN_TOEPASSING
}
