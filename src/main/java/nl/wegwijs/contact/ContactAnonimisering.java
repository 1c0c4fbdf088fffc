package nl.wegwijs.contact;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of a household's contacts go when it is anonymised (agreements and notes); every contact with its
 * date, duration, kind, themes, interpreter and staff stays, so hours and contact counts are unchanged.
 */
@Component
class ContactAnonimisering {

    private final JdbcClient jdbc;

    ContactAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("""
                update contactmoment set afspraken = null, notitie = null
                 where huishouden_id = ? and (afspraken is not null or notitie is not null)""")
            .param(gebeurtenis.huishouden().value())
            .update();
    }
}
