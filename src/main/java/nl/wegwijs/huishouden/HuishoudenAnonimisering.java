package nl.wegwijs.huishouden;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes what identifies a household and its persons once its retention period passed: names become "Persoon 1,
 * Geanonimiseerd", BSN, V-nummer, address and the azc go; the birth date keeps only its year (reports count by age
 * class), everything else that reports count (role, sex, country, languages, legal dates, status) stays.
 */
@Component
class HuishoudenAnonimisering {

    private final JdbcClient jdbc;

    HuishoudenAnonimisering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(HuishoudenGeanonimiseerd gebeurtenis) {
        jdbc.sql("""
                update persoon set voornaam = 'Persoon ' || (volgorde + 1), achternaam = :achternaam,
                       geboortedatum = make_date(extract(year from geboortedatum)::int, 1, 1),
                       bsn = null, v_nummer = null, versie = versie + 1
                 where huishouden_id = :h""")
            .param("achternaam", HuishoudenGeanonimiseerd.ACHTERNAAM)
            .param("h", gebeurtenis.huishouden().value())
            .update();
        jdbc.sql("""
                update huishouden set straat = null, huisnummer = null, postcode = null, woonplaats = null,
                       herkomst_locatie = null, zoeknaam = '', versie = versie + 1
                 where id = :h""")
            .param("h", gebeurtenis.huishouden().value())
            .update();
    }
}
