package nl.wegwijs.participatie;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of a household's phases and placements go when it is anonymised (notes, the host's contact, the
 * explanation of an end, the host's name); phases, kinds, hours, dates and reasons stay, so reports still count them.
 */
@Component
class ParticipatieAnonimisering {

    private final JdbcClient jdbc;

    ParticipatieAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("update piezo_fase set notitie = null where huishouden_id = ?")
            .param(gebeurtenis.huishouden().value()).update();
        jdbc.sql("""
                update plaatsing set organisatie = :tekst, contactpersoon = null, notitie = null,
                       einde_toelichting = null
                 where huishouden_id = :h""")
            .param("tekst", HuishoudenGeanonimiseerd.TEKST).param("h", gebeurtenis.huishouden().value()).update();
    }
}
