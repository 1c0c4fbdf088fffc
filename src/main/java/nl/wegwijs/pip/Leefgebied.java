package nl.wegwijs.pip;

import nl.wegwijs.traject.Gegevenssoort;

/**
 * The areas of life (leefgebieden) a PIP sets goals in: the union of what the sources name (VWN's seven leefgebieden,
 * 001 L1093-1096 and L1366-1367; the PIP's language and participation, 003). The whole PIP is inburgering data; a
 * goal in {@link #FINANCIEN} is also money data ({@link Gegevenssoort#FINANCIEN}), so the budgetcoach, who sees money
 * but not inburgering, sees (and works on) those goals, and nothing else of the plan.
 */
public enum Leefgebied {
    TAAL, WERK_EN_PARTICIPATIE, ONDERWIJS, FINANCIEN, GEZONDHEID, WONEN, GEZIN_EN_OPVOEDING, SOCIAAL_NETWERK;

    /** The data category a goal in this leefgebied belongs to besides inburgering, if any. */
    public Gegevenssoort soort() {
        return this == FINANCIEN ? Gegevenssoort.FINANCIEN : Gegevenssoort.INBURGERING;
    }

    /** Whether a reader who sees these categories sees a goal in this leefgebied: with inburgering, or its own. */
    public boolean zichtbaarMet(java.util.function.Predicate<Gegevenssoort> ziet) {
        return ziet.test(Gegevenssoort.INBURGERING) || ziet.test(soort());
    }
}
