package nl.wegwijs.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.verzoek.VerzoekService;
import nl.wegwijs.verzoek.VerzoekSoort;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's requests to Den Haag: one extension still open, Mindfit approved, an extension rejected. */
@IntegrationTest
class DemoVerzoekTests {

    @Autowired
    DemoData demo;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    Medewerker als(String gebruikersnaam) {
        return ((IngelogdeMedewerker) accounts.loadUserByUsername(gebruikersnaam)).getMedewerker();
    }

    @Test
    void theDemoHasAnOpenExtensionAnApprovedMindfitAndARejection() {
        demo.laad();
        Medewerker rv = als("regievoerder");
        assertThat(verzoeken.lijst(rv, null, 25).regels()).anySatisfy(r -> {
            assertThat(r.verzoek().soort()).isEqualTo(VerzoekSoort.VERLENGING);
            assertThat(r.verzoek().maanden()).isEqualTo(3);
        });
        List<String> uitkomsten = jdbc.sql("""
                select v.soort || ' ' || coalesce(v.product, '') || ' ' || v.status from verzoek v
                  join medewerker m on m.id = v.besloten_door where m.gebruikersnaam = 'regievoerder'
                 order by 1""").query(String.class).list();
        assertThat(uitkomsten).contains("PRODUCT MINDFIT GOEDGEKEURD", "VERLENGING  AFGEWEZEN");
        assertThat(verzoeken.lijst(als("teamleider"), null, 25).regels()).hasSizeGreaterThanOrEqualTo(3);
    }
}
