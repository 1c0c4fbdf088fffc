package nl.wegwijs.afsluiting;

import org.springframework.stereotype.Component;

import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Overdrachtsontvangst;
import nl.wegwijs.traject.TrajectId;

/** Answers the trajectory module: a handover of this trajectory waits for this wijkteam medewerker's organisation. */
@Component
class OverdrachtOntvangst implements Overdrachtsontvangst {

    private final Afsluitingen opslag;

    OverdrachtOntvangst(Afsluitingen opslag) {
        this.opslag = opslag;
    }

    @Override
    public boolean wachtOpAcceptatie(Medewerker ik, TrajectId traject) {
        return ik.organisatieId() != null && opslag.wachtOpAcceptatie(ik.organisatieId(), traject.value());
    }
}
