package nl.wegwijs.traject;

import java.util.EnumSet;
import java.util.Set;

import nl.wegwijs.organisatie.Rol;

/**
 * Need-to-know per role: which data categories a role sees of a household it may see by its task alone, without a
 * consent. Everything else needs a valid consent for the reader's organisation and role (or an emergency override).
 * <ul>
 * <li>begeleider and teamleider guide the household: everything;
 * <li>vrijwilliger: everything but health (sensitive signals are limited further by the signal module);
 * <li>regievoerder: the gemeente's own data (basis, inburgering) and the progress of the guidance it directs;
 * notes, health, money and signals of others only with consent;
 * <li>budgetcoach: basis and money;
 * <li>wijkteam: the handover summary (basis) of a household handed over; more only with consent;
 * <li>beleid, beheerder, privacyfunctionaris: no household data at all.
 * </ul>
 * Public for lists across households (e.g. the open signals), which decide per household in SQL what an
 * {@link Inzage} decides for one.
 */
public final class Inzagebeleid {

    private Inzagebeleid() {
    }

    public static Set<Gegevenssoort> taak(Rol rol) {
        return switch (rol) {
            case BEGELEIDER, TEAMLEIDER -> EnumSet.allOf(Gegevenssoort.class);
            case VRIJWILLIGER -> EnumSet.complementOf(EnumSet.of(Gegevenssoort.GEZONDHEID));
            case REGIEVOERDER -> EnumSet.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.INBURGERING,
                    Gegevenssoort.VOORTGANG);
            case BUDGETCOACH -> EnumSet.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.FINANCIEN);
            case WIJKTEAM -> EnumSet.of(Gegevenssoort.BASISGEGEVENS);
            case BELEID, BEHEERDER, PRIVACYFUNCTIONARIS -> EnumSet.noneOf(Gegevenssoort.class);
        };
    }

    /** Whether a consent can widen what this role sees (the roles that see households at all). */
    public static boolean ontvangtToestemming(Rol rol) {
        return !taak(rol).isEmpty();
    }

    /** Roles that may declare an emergency override (acute danger) on a household they can see. */
    public static boolean magDoorbreken(Rol rol) {
        return rol == Rol.REGIEVOERDER || rol == Rol.TEAMLEIDER || rol == Rol.BEGELEIDER || rol == Rol.WIJKTEAM;
    }
}
