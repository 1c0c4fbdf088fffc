package nl.wegwijs.signaal;

/**
 * To whom a signal goes, chosen when it is raised: the regievoerder of the gemeente, the teamleider of the uitvoerder,
 * or the guidance of the household (all guides assigned to it, or one named guide among them).
 */
public enum Aan {
    REGIEVOERDER, TEAMLEIDER, BEGELEIDING;

    /** The direction this addressee gives a signal: to the gemeente, or to the guidance side. */
    public Richting richting() {
        return this == REGIEVOERDER ? Richting.NAAR_GEMEENTE : Richting.NAAR_BEGELEIDING;
    }
}
