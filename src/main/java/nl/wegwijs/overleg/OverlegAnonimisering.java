package nl.wegwijs.overleg;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/** A household's agenda items, minutes and agreements go when it is anonymised. */
@Component
class OverlegAnonimisering {

    private final Overleggen overleggen;

    OverlegAnonimisering(Overleggen overleggen) {
        this.overleggen = overleggen;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        overleggen.verwijderHuishouden(gebeurtenis.huishouden().value());
    }
}
