package nl.wegwijs.afsluiting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of an anonymised household's closing go (eindgesprek, decisions, the handover summary and the
 * guide's additions, the driegesprek's participants, the wijkteam's hulpvragen); the rows with their dates, kinds
 * and statuses stay, so the closing and cohort figures still count them.
 */
@Component
class AfsluitingAnonimisering {

    private final Afsluitingen afsluitingen;

    AfsluitingAnonimisering(Afsluitingen afsluitingen) {
        this.afsluitingen = afsluitingen;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        afsluitingen.anonimiseer(gebeurtenis.huishouden().value(), HuishoudenGeanonimiseerd.TEKST);
    }
}
