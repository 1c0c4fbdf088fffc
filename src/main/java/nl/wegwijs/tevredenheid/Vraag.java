package nl.wegwijs.tevredenheid;

/** The questions, in order; the texts are in the bundle ({@code tevredenheid.vraag.V1} …). */
public enum Vraag {
    V1, V2, V3, V4, V5, V6;

    /** The answer scale: 1 (not at all) to 5 (fully). */
    public static final int SCHAAL = 5;

    public int nummer() {
        return ordinal() + 1;
    }
}
