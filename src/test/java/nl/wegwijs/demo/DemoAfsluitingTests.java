package nl.wegwijs.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.afsluiting.OverdrachtService;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's closings: every handover state (also one refused by the wijkteam), an eindgesprek, an extension, a close
 * with the services list.
 */
@IntegrationTest
class DemoAfsluitingTests {

    @Autowired
    DemoData demo;

    @Autowired
    OverdrachtService overdrachten;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoShowsEveryStateOfTheClosingAndTheHandover() {
        demo.laad();
        List<String> staten = jdbc.sql("select distinct status from overdracht order by 1").query(String.class).list();
        assertThat(staten).contains("CONCEPT", "GEDEELD", "DRIEGESPREK_GEPLAND", "GEACCEPTEERD", "TERUGGETROKKEN",
                "AFGEWEZEN");
        // the demo's refused one (found by its reason: other tests refuse handovers in the same database): the
        // guidance still running, the guide notified
        assertThat(jdbc.sql("""
                select count(*) from overdracht o join traject t on t.id = o.traject_id
                 where o.status = 'AFGEWEZEN' and o.afwijzing_reden like 'Het gezin is net verhuisd%'
                   and t.status in ('ACTIEF', 'VERLENGD')""").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from notificatie n join traject t on t.huishouden_id = n.huishouden_id
                  join overdracht o on o.traject_id = t.id
                 where n.sleutel = 'afsluiting.notificatie.afgewezen' and o.status = 'AFGEWEZEN'
                   and o.afwijzing_reden like 'Het gezin is net verhuisd%'""").query(Long.class).single()).isEqualTo(1);
        List<String> besluiten = jdbc.sql("select distinct soort || ' ' || dienstenlijst from afsluitbesluit order by 1")
            .query(String.class).list();
        assertThat(besluiten).contains("BEEINDIGEN true", "VERLENGEN false", "OVERDRAGEN false");
        assertThat(jdbc.sql("select count(*) from eindgesprek").query(Long.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from wijkteam_hulpvraag").query(Long.class).single()).isPositive();
        Medewerker wijkteam = ((IngelogdeMedewerker) accounts.loadUserByUsername("wijkteam")).getMedewerker();
        assertThat(overdrachten.inbox(wijkteam, null, 25).regels()).hasSizeGreaterThanOrEqualTo(2);
    }
}
