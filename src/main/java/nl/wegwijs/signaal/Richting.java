package nl.wegwijs.signaal;

import nl.wegwijs.organisatie.Rol;

/**
 * Which way a signal goes, derived from who raised it: from the uitvoerder side (guide, volunteer, teamleider) to the
 * gemeente, or from the gemeente (a regievoerder or budgetcoach) to the guide.
 */
public enum Richting {
    NAAR_GEMEENTE, NAAR_BEGELEIDING;

    public static Richting van(Rol melder) {
        return melder.gemeentezijde() ? NAAR_BEGELEIDING : NAAR_GEMEENTE;
    }
}
