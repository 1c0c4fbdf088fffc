package nl.wegwijs.post;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of a household's letters go when it is anonymised (subject, action, note, a named sender); every
 * letter with its kind of sender, dates, status and who handled it stays, so reports still count them.
 */
@Component
class PostAnonimisering {

    private final JdbcClient jdbc;

    PostAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("""
                update brief set onderwerp = :tekst, actie = null, notitie = null,
                       afzender_naam = case when afzender_naam is null then null else :tekst end
                 where huishouden_id = :h""")
            .param("tekst", HuishoudenGeanonimiseerd.TEKST)
            .param("h", gebeurtenis.huishouden().value())
            .update();
    }
}
