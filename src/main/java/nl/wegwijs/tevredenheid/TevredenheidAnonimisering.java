package nl.wegwijs.tevredenheid;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/** The comment of an anonymised household goes; the answers stay, so the figures still count them. */
@Component
class TevredenheidAnonimisering {

    private final Tevredenheidsmetingen metingen;

    TevredenheidAnonimisering(Tevredenheidsmetingen metingen) {
        this.metingen = metingen;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        metingen.anonimiseer(gebeurtenis.huishouden());
    }
}
