package nl.wegwijs.traject;

import nl.wegwijs.organisatie.Medewerker;

/**
 * Whether a warm handover of a trajectory waits for this medewerker's acceptance: declared here, answered by the
 * module that keeps the handovers (afsluiting), so that {@link TrajectService#sluitAfNaOverdracht} lets the receiving
 * wijkteam close a trajectory it cannot see yet, and nobody else.
 */
public interface Overdrachtsontvangst {

    /** A handover of this trajectory is shared with the medewerker's organisation and waits for acceptance. */
    boolean wachtOpAcceptatie(Medewerker ik, TrajectId traject);
}
