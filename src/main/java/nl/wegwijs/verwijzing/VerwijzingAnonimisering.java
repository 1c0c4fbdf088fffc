package nl.wegwijs.verwijzing;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of an anonymised household's referrals go: the reason, the receiver's answer, the outcome and the
 * reason of a withdrawal. Every referral with its service, person, status, warm or cold, consent basis and the date
 * of each step stays, so the waiting times per service still count it.
 */
@Component
class VerwijzingAnonimisering {

    private final JdbcClient jdbc;

    VerwijzingAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("""
                update verwijzing set reden = :tekst,
                       antwoord = case when antwoord is null then null else :tekst end,
                       uitkomst = case when uitkomst is null then null else :tekst end,
                       intrekking_reden = case when intrekking_reden is null then null else :tekst end
                 where huishouden_id = :h""")
            .param("tekst", HuishoudenGeanonimiseerd.TEKST).param("h", gebeurtenis.huishouden().value()).update();
    }
}
