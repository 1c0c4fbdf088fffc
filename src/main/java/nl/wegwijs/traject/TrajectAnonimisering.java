package nl.wegwijs.traject;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of a trajectory go when its household is anonymised (the closing's explanation, the reasons in the
 * status history and of extensions); dates, statuses, phases, contracts and assignments stay for the reports.
 */
@Component
class TrajectAnonimisering {

    private final JdbcClient jdbc;

    TrajectAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        java.util.UUID h = gebeurtenis.huishouden().value();
        jdbc.sql("update traject set einde_toelichting = null where huishouden_id = ?").param(h).update();
        jdbc.sql("""
                update traject_status set toelichting = null
                 where traject_id in (select id from traject where huishouden_id = ?)""").param(h).update();
        jdbc.sql("""
                update verlenging set reden = ?
                 where traject_id in (select id from traject where huishouden_id = ?)""")
            .params(HuishoudenGeanonimiseerd.TEKST, h).update();
    }
}
