package nl.wegwijs.notificatie;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/** A household's notifications go when it is anonymised: they only pointed at it. */
@Component
class NotificatieAnonimisering {

    private final JdbcClient jdbc;

    NotificatieAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("delete from notificatie where huishouden_id = ?").param(gebeurtenis.huishouden().value()).update();
    }
}
