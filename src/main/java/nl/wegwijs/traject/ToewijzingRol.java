package nl.wegwijs.traject;

/**
 * The role of an assignment: the phase-1 worker (regeldagspecialist, administratief begeleider, start team), the
 * regular begeleider, or a vrijwilliger.
 */
public enum ToewijzingRol {
    FASE1, BEGELEIDER, VRIJWILLIGER
}
