package nl.wegwijs.toestemming;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of an anonymised household's consents and emergency overrides go (why a consent was revoked, why
 * the override); each consent with its recipient, categories, purpose and dates stays, as the record that it was
 * given.
 */
@Component
class ToestemmingAnonimisering {

    private final JdbcClient jdbc;

    ToestemmingAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        java.util.UUID h = gebeurtenis.huishouden().value();
        jdbc.sql("""
                update toestemming set intrekking_reden = case when intrekking_reden is null then null else ? end
                 where huishouden_id = ?""")
            .params(HuishoudenGeanonimiseerd.TEKST, h).update();
        // the reason must be at least ten characters
        jdbc.sql("update doorbraak set reden = ? where huishouden_id = ?")
            .params(HuishoudenGeanonimiseerd.TEKST, h).update();
    }
}
