package nl.wegwijs.verzoek;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of a household's requests go when it is anonymised (reasons, a named product); kind, months,
 * product, dates and outcome stay, so reports still count them.
 */
@Component
class VerzoekAnonimisering {

    private final Verzoeken verzoeken;

    VerzoekAnonimisering(Verzoeken verzoeken) {
        this.verzoeken = verzoeken;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        verzoeken.anonimiseer(gebeurtenis.huishouden(), HuishoudenGeanonimiseerd.TEKST);
    }
}
