package nl.wegwijs.pip;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/** A household's PIPs go when it is anonymised: goals, progress and talks are free text about the persons. */
@Component
class PipAnonimisering {

    private final Pips pips;

    PipAnonimisering(Pips pips) {
        this.pips = pips;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        pips.verwijderHuishouden(gebeurtenis.huishouden());
    }
}
