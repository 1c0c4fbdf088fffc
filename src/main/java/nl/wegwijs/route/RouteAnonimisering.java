package nl.wegwijs.route;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/** The free texts of an anonymised household's route card go; its structure (days, kinds, partners) stays. */
@Component
class RouteAnonimisering {

    private final Routekaarten kaarten;

    RouteAnonimisering(Routekaarten kaarten) {
        this.kaarten = kaarten;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        kaarten.anonimiseer(gebeurtenis.huishouden());
    }
}
