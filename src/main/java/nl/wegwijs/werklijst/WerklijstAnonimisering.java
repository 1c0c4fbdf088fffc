package nl.wegwijs.werklijst;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The worklist's copy of an anonymised household's name and search name goes too; the row with its counts and dates
 * stays (a closed trajectory sorts last anyway).
 */
@Component
class WerklijstAnonimisering {

    private final JdbcClient jdbc;

    WerklijstAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("update werklijst_regel set naam = ?, zoeknaam = '' where huishouden_id = ?")
            .params(HuishoudenGeanonimiseerd.TEKST, gebeurtenis.huishouden().value())
            .update();
    }
}
