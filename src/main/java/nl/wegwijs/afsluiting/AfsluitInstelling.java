package nl.wegwijs.afsluiting;

import java.util.UUID;

/**
 * A contract's closing settings: the lead time used when the regime gives none, and its handover practice — a
 * driegesprek when there is a need for support (Haarlem), an early visit to the wijkteam during guidance, the list
 * of local services for a household without a need (Roermond), a written handover to the inburgeringsconsulent of
 * the gemeente's regie.
 */
public record AfsluitInstelling(UUID contractId, int voorloopWeken, boolean driegesprekBijHulpvraag,
        boolean vroegBezoekWijkteam, boolean dienstenlijstZonderHulpvraag, boolean schriftelijkAanRegie, long versie) {

    /** The defaults of a contract that has not set its own (versie 0: not stored yet). */
    public static AfsluitInstelling standaard(UUID contractId) {
        return new AfsluitInstelling(contractId, Afsluitregels.STANDAARD_VOORLOOP_WEKEN, true, false, true, false, 0);
    }
}
