package nl.wegwijs.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.verwijzing.Verwijzing;
import nl.wegwijs.verwijzing.VerwijzingService;
import nl.wegwijs.verwijzing.VerwijzingStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's sociale kaart and referrals: every state, one waiting for the demo wijkteam user. */
@IntegrationTest
class DemoVerwijzingTests {

    @Autowired
    DemoData demo;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    VerwijzingService verwijzingen;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    Medewerker als(String gebruikersnaam) {
        return ((IngelogdeMedewerker) accounts.loadUserByUsername(gebruikersnaam)).getMedewerker();
    }

    @Test
    void everyStateAndOneWaitingForTheDemoWijkteam() {
        demo.laad();
        Medewerker rv = als("regievoerder");
        List<Dienst> diensten = kaart.diensten(rv, java.util.Objects.requireNonNull(rv.gemeenteId()));
        assertThat(diensten).extracting(Dienst::soort).contains(Dienstsoort.ZELFORGANISATIE,
                Dienstsoort.SOCIAAL_WIJKTEAM, Dienstsoort.VOEDSELBANK);
        assertThat(diensten).filteredOn(Dienst::inWegwijs).isNotEmpty();
        List<String> statussen = jdbc.sql("""
                select distinct v.status from verwijzing v join huishouden h on h.id = v.huishouden_id
                 where h.gemeente_id = ?""").param(rv.gemeenteId()).query(String.class).list();
        assertThat(statussen).containsExactlyInAnyOrder("AANGEMAAKT", "VERSTUURD", "GEACCEPTEERD", "AFGEWEZEN",
                "WACHTLIJST", "AFGEROND", "INGETROKKEN");
        VerwijzingService.Inbox inbox = verwijzingen.inbox(als("wijkteam"), true, null, 25);
        assertThat(inbox.verwijzingen()).extracting(Verwijzing::status).contains(VerwijzingStatus.VERSTUURD);
        assertThat(verwijzingen.inbox(als("wijkteam.haarlem"), false, null, 25).verwijzingen()).isEmpty();
        assertThat(verwijzingen.wachttijden(rv, rv.gemeenteId())).anySatisfy(w -> {
            assertThat(w.soort()).isEqualTo(Dienstsoort.SOCIAAL_WIJKTEAM);
            assertThat(w.gemiddeldeDagen()).isEqualTo(9.0);
        });
    }
}
