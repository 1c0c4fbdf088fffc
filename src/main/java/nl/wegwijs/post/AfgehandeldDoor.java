package nl.wegwijs.post;

/**
 * Who handled a letter: the guide, together, or the statushouder alone. The shift over time is a measure of growing
 * self-reliance (leren door te doen).
 */
public enum AfgehandeldDoor {
    BEGELEIDER, SAMEN, STATUSHOUDER
}
