package nl.wegwijs.demo;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.tevredenheid.TevredenheidService;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's route cards (one Arabic, one Tigrinya, with partners) and enough satisfaction answers for the report. */
@IntegrationTest
class DemoRouteTests {

    @Autowired
    DemoData demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TevredenheidService tevredenheid;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void laad() {
        demo.laad();
    }

    Medewerker als(String gebruikersnaam) {
        return ((IngelogdeMedewerker) accounts.loadUserByUsername(gebruikersnaam)).getMedewerker();
    }

    @Test
    void routeCardsInArabicAndTigrinyaWithPartnersAndASatisfactionReport() {
        assertThat(jdbc.sql("select count(*) from routekaart where taal = 'ar'").query(Long.class).single())
            .isPositive();
        assertThat(jdbc.sql("select count(*) from routekaart where taal = 'ti'").query(Long.class).single())
            .isPositive();
        assertThat(jdbc.sql("select count(*) from routekaart").query(Long.class).single()).isGreaterThan(5);
        assertThat(jdbc.sql("select count(*) from routekaart_partner").query(Long.class).single()).isGreaterThan(5);
        TevredenheidService.Rapport r = tevredenheid.rapport(als("teamleider"), LocalDate.now().getYear(), null);
        // the demo has questionnaires, but fewer than five in one uitvoerder this year (only households whose moment
        // is open may take it): the report then hides its figures, as it must for a small group
        assertThat(r.aantal()).as("questionnaires in the demo teamleider's uitvoerder").isPositive();
        assertThat(r.toonbaar()).isEqualTo(r.aantal() >= 5);
    }
}
