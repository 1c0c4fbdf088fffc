package nl.wegwijs.intake;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The free texts of a household's brede intakes go when it is anonymised (who else attended, the interpreter's
 * language, every finding's text, the languages, the earlier signals' texts); the day it was held, the choices
 * (education level, literacy, digital skills) and the flags stay, so the regie figures still count them.
 */
@Component
class IntakeAnonimisering {

    private final JdbcClient jdbc;

    IntakeAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("""
                update brede_intake set aanwezig_overig = null,
                       tolk_taal = case when tolk_taal is null then null else :tekst end,
                       opleiding_werk = null, talen = '{}', taal_toelichting = null, gezondheid_toelichting = null,
                       gezin = null, nareizigers_toelichting = null, digitaal_toelichting = null,
                       verwachtingen = null, kinderopvang_toelichting = null
                 where huishouden_id = :h""")
            .param("tekst", HuishoudenGeanonimiseerd.TEKST).param("h", gebeurtenis.huishouden().value()).update();
        jdbc.sql("""
                update brede_intake_signaal set tekst = :tekst
                 where intake_id in (select id from brede_intake where huishouden_id = :h)""")
            .param("tekst", HuishoudenGeanonimiseerd.TEKST).param("h", gebeurtenis.huishouden().value()).update();
    }
}
