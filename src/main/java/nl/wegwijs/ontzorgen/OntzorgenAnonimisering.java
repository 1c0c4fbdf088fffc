package nl.wegwijs.ontzorgen;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of a household's ontzorgen go when it is anonymised (notes, session topics); dates, kinds, amounts,
 * payees (organisations) and statuses stay, so figures still count them.
 */
@Component
class OntzorgenAnonimisering {

    private final Ontzorgingen ontzorgingen;

    OntzorgenAnonimisering(Ontzorgingen ontzorgingen) {
        this.ontzorgingen = ontzorgingen;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        ontzorgingen.anonimiseer(gebeurtenis.huishouden(), HuishoudenGeanonimiseerd.TEKST);
    }
}
