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
import nl.wegwijs.tevredenheid.Tevredenheidsregels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's route cards (one Arabic, one Tigrinya, with partners), and satisfaction answers: enough in one uitvoerder
 * for a report with figures, too few in another.
 */
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

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @BeforeEach
    void laad() {
        demo.laad();
    }

    Medewerker als(String gebruikersnaam) {
        return ((IngelogdeMedewerker) accounts.loadUserByUsername(gebruikersnaam)).getMedewerker();
    }

    @Test
    void routeCardsInArabicAndTigrinyaWithPartners() {
        assertThat(jdbc.sql("select count(*) from routekaart where taal = 'ar'").query(Long.class).single())
            .isPositive();
        assertThat(jdbc.sql("select count(*) from routekaart where taal = 'ti'").query(Long.class).single())
            .isPositive();
        assertThat(jdbc.sql("select count(*) from routekaart").query(Long.class).single()).isGreaterThan(5);
        assertThat(jdbc.sql("select count(*) from routekaart_partner").query(Long.class).single()).isGreaterThan(5);
    }

    /**
     * VluchtelingenWerk (the demo teamleider's uitvoerder) has five questionnaires and more this year: its report
     * shows figures; Gro-Up has two or three: a group under five, shown without figures.
     */
    @Test
    void theSatisfactionReportShowsFiguresForOneUitvoerderAndHidesASmallGroup() throws Exception {
        int jaar = LocalDate.now().getYear();
        int kwartaal = (LocalDate.now().getMonthValue() - 1) / 3 + 1;
        TevredenheidService.Rapport r = tevredenheid.rapport(als("teamleider"), jaar, null);
        assertThat(r.perUitvoerder()).isTrue();
        assertThat(r.aantal()).as("questionnaires in the demo teamleider's uitvoerder").isGreaterThanOrEqualTo(5);
        assertThat(r.toonbaar()).isTrue();
        Tevredenheidsregels.Verdeling v1 = r.vragen().get(0).jaar();
        assertThat(v1.onderdrukt()).isFalse();
        assertThat(v1.totaal()).isGreaterThanOrEqualTo(5);
        assertThat(v1.aantallen()).hasSize(5);
        assertThat(v1.aantallen().stream().mapToLong(Long::longValue).sum()).isEqualTo(v1.totaal());
        assertThat(v1.gemiddelde()).isBetween(1.0, 5.0);
        assertThat(r.kwartalen().get(kwartaal - 1).toonbaar()).isTrue();
        assertThat(r.vragen().get(0).kwartalen().get(kwartaal - 1).verdeling().gemiddelde()).isNotNull();
        assertThat(r.opmerkingen()).contains("Ik wil graag meer hulp bij het zoeken naar werk.");
        // the page shows the figures
        mvc.perform(get("/tevredenheid").with(nl.wegwijs.TestData.als(als("teamleider"))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Antwoorden per vraag in " + jaar)))
            .andExpect(content().string(not(containsString("Te weinig antwoorden"))));

        TevredenheidService.Rapport klein = tevredenheid.rapport(als("teamleider.groupbuurtwerk"), jaar, null);
        assertThat(klein.aantal()).as("questionnaires of Gro-Up").isBetween(1L, 4L);
        assertThat(klein.toonbaar()).isFalse();
        assertThat(klein.vragen()).allMatch(v -> v.jaar().onderdrukt() && v.jaar().aantallen() == null
                && v.kwartalen().stream().allMatch(k -> k.verdeling().onderdrukt()));
        assertThat(klein.kwartalen()).noneMatch(TevredenheidService.Kwartaal::toonbaar);
        assertThat(klein.opmerkingen()).isEmpty();
        mvc.perform(get("/tevredenheid").with(nl.wegwijs.TestData.als(als("teamleider.groupbuurtwerk"))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Te weinig antwoorden")))
            .andExpect(content().string(not(containsString("Antwoorden per vraag in"))));
    }
}
