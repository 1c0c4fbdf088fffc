package nl.wegwijs.participatie;

/** Why a placement ended. */
public enum EindeReden {
    /** Finished as planned. */
    AFGEROND,
    /** The person found paid work. */
    BETAALD_WERK,
    /** The person started an education. */
    OPLEIDING,
    /** The person stopped. */
    GESTOPT_DEELNEMER,
    /** The host organisation stopped it. */
    GESTOPT_ORGANISATIE,
    /** The person moved. */
    VERHUISD,
    ANDERS
}
