package nl.wegwijs.checklist;

/**
 * Who did it (leren door te doen): the guide did it, they did it together, or the statushouder did it alone. The
 * shift over time is a direct measure of growing self-reliance.
 */
public enum WieDeedHet {
    BEGELEIDER, SAMEN, ZELF
}
