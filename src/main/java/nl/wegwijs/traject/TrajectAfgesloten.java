package nl.wegwijs.traject;

import nl.wegwijs.system.DomeinFout;

/** A change refused because the trajectory has ended. */
public class TrajectAfgesloten extends DomeinFout {

    public TrajectAfgesloten() {
        super("traject.afgesloten");
    }
}
