package nl.wegwijs.checklist;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of a household's checklist go when it is anonymised (notes, the reason an item did not apply);
 * every item with its status, who did it and its dates stays, so reports still count them.
 */
@Component
class ChecklistAnonimisering {

    private final JdbcClient jdbc;

    ChecklistAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("""
                update checklist_item set notitie = null, notitie_door = null,
                       reden_nvt = case when reden_nvt is null then null else :tekst end
                 where huishouden_id = :h and (notitie is not null or reden_nvt is not null)""")
            .param("tekst", HuishoudenGeanonimiseerd.TEKST)
            .param("h", gebeurtenis.huishouden().value())
            .update();
    }
}
