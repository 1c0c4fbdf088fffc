package nl.wegwijs.signaal;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;

/**
 * The texts of a household's signals go when it is anonymised: the household's name on them, the report, the closing
 * note, the conversation and the actions' descriptions and partners. Every signal with its category, urgency,
 * dates and status, and every entry and action with its kind and dates, stays, so reports still count them.
 */
@Component
class SignaalAnonimisering {

    private final JdbcClient jdbc;

    SignaalAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        java.util.UUID h = gebeurtenis.huishouden().value();
        String tekst = HuishoudenGeanonimiseerd.TEKST;
        jdbc.sql("""
                update signaal_bericht set tekst = case when tekst is null then null else :tekst end
                 where signaal_id in (select id from signaal where huishouden_id = :h)""")
            .param("tekst", tekst).param("h", h).update();
        jdbc.sql("""
                update actiepunt set omschrijving = :tekst,
                       partner_naam = case when partner_naam is null then null else :tekst end
                 where signaal_id in (select id from signaal where huishouden_id = :h)""")
            .param("tekst", tekst).param("h", h).update();
        jdbc.sql("""
                update signaal set huishouden_naam = :tekst, omschrijving = :tekst,
                       afsluitnotitie = case when afsluitnotitie is null then null else :tekst end
                 where huishouden_id = :h""")
            .param("tekst", tekst).param("h", h).update();
    }
}
