package nl.wegwijs.participatie;

/**
 * The five phases of the Piëzo method (source 003): the order in which guidance works towards participation. A person
 * may be in more than one at once (a dual route, e.g. language in phase 1 and volunteer work in phase 3).
 */
public enum PiezoFase {
    /** Home and family in order, trust with the guide, practical self-reliance. */
    BASIS_OP_ORDE,
    /** Activities that fit, a meaningful day, the start of language and other skills. */
    MEEDOEN_EN_TAAL,
    /** Learning volunteer work: the skills of a volunteer and an employee. */
    LEREND_VRIJWILLIGERSWERK,
    /** Volunteer work or an internship aimed at work or education. */
    VRIJWILLIGERSWERK_OF_STAGE,
    /** Directed guidance to paid work or education. */
    NAAR_WERK_OF_OPLEIDING;

    /** The phase's number, 0 to 4. */
    public int nummer() {
        return ordinal();
    }

    public static PiezoFase van(int nummer) {
        if (nummer < 0 || nummer >= values().length) {
            throw new nl.wegwijs.system.DomeinFout("participatie.fase.onbekend");
        }
        return values()[nummer];
    }
}
