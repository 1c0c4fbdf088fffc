package nl.wegwijs.demo;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.overleg.OverlegService;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's casuïstiekoverleg: a monthly series in Den Haag with a past meeting with minutes and agreements and an upcoming one with an agenda. */
@IntegrationTest
class DemoOverlegTests {

    @Autowired
    DemoData demo;

    @Autowired
    OverlegService overleg;

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
    void denHaagAndWoerdenHaveAMonthlyMeetingWithPastMinutesAndAnUpcomingAgenda() {
        for (String rv : new String[] { "regievoerder", "regievoerder.woerden" }) {
            OverlegService.Startpagina s = overleg.startpagina(als(rv));
            assertThat(s.reeksen()).singleElement().satisfies(r -> assertThat(r.frequentieWeken()).isEqualTo(4));
            assertThat(s.voorbij()).isNotEmpty();
            assertThat(s.komend()).isNotEmpty();
            OverlegService.OverlegPagina vorig = overleg.pagina(als(rv), s.voorbij().get(0).id());
            assertThat(vorig.punten()).isNotEmpty();
            assertThat(vorig.punten().stream().flatMap(p -> p.afspraken().stream()))
                .anySatisfy(a -> assertThat(a.open()).isFalse())
                .anySatisfy(a -> assertThat(a.teLaat(LocalDate.now())).isTrue());
            assertThat(overleg.pagina(als(rv), s.komend().get(0).id()).punten()).isNotEmpty();
        }
        assertThat(overleg.mijnAfspraken(als("teamleider"))).isNotEmpty();
        assertThat(overleg.startpagina(als("regievoerder.tynaarlo")).reeksen())
            .singleElement().satisfies(r -> assertThat(r.frequentieWeken()).isEqualTo(6));
    }
}
