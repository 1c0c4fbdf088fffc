package nl.wegwijs.route;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wegwijs.organisatie.FaseNorm;

import static org.assertj.core.api.Assertions.assertThat;

/** Months behind and ahead on the route card, and the steps from the contract's phases. */
class RouteregelsTests {

    static final List<FaseNorm> FASEN = List.of(new FaseNorm("FASE1", "Opstart", 13),
            new FaseNorm("FASE2", "Verdere begeleiding", null));
    static final LocalDate START = LocalDate.of(2026, 1, 15);
    static final LocalDate EINDE = LocalDate.of(2027, 7, 15);

    @Test
    void monthsBehindAndAheadAddUpToTheWholeRoute() {
        Route r = Routeregels.route(START, EINDE, FASEN, "FASE2", LocalDate.of(2026, 6, 20));
        assertThat(r.maandenTotaal()).isEqualTo(18);
        assertThat(r.maandenGeweest()).isEqualTo(5);
        assertThat(r.maandenTeGaan()).isEqualTo(13);
        assertThat(r.procent()).isEqualTo(28);
    }

    @Test
    void wholeMonthsOnly() {
        assertThat(Routeregels.maanden(START, LocalDate.of(2026, 2, 14))).isZero();
        assertThat(Routeregels.maanden(START, LocalDate.of(2026, 2, 15))).isEqualTo(1);
        assertThat(Routeregels.maanden(START, START.minusDays(3))).isZero();
    }

    @Test
    void beforeTheStartNothingIsBehindAndAfterTheEndNothingIsAhead() {
        Route voor = Routeregels.route(null, EINDE, FASEN, null, LocalDate.of(2026, 1, 1));
        assertThat(voor.maandenGeweest()).isZero();
        assertThat(voor.stappen().get(0).stand()).isEqualTo(Route.Stand.NU);
        assertThat(voor.stappen().get(1).stand()).isEqualTo(Route.Stand.STRAKS);
        Route na = Routeregels.route(START, EINDE, FASEN, "FASE2", LocalDate.of(2028, 3, 1));
        assertThat(na.maandenGeweest()).isEqualTo(18);
        assertThat(na.maandenTeGaan()).isZero();
        assertThat(na.procent()).isEqualTo(100);
        assertThat(na.stappen().get(3).stand()).isEqualTo(Route.Stand.GEWEEST);
    }

    @Test
    void withoutFormalEndThereIsNothingAhead() {
        Route r = Routeregels.route(START, null, FASEN, "FASE1", LocalDate.of(2026, 3, 1));
        assertThat(r.maandenGeweest()).isEqualTo(1);
        assertThat(r.maandenTeGaan()).isNull();
        assertThat(r.maandenTotaal()).isNull();
        assertThat(r.stappen().get(2).totMaand()).isNull();
        assertThat(r.stappen().get(3).totMaand()).isNull();
    }

    @Test
    void stepsFollowThePhasesAndTheRecordedCurrentPhase() {
        Route r = Routeregels.route(START, EINDE, FASEN, "FASE1", LocalDate.of(2026, 6, 20));
        assertThat(r.stappen()).extracting(Route.Stap::soort)
            .containsExactly(Route.Soort.START, Route.Soort.FASE, Route.Soort.FASE, Route.Soort.EINDE);
        assertThat(r.stappen()).extracting(Route.Stap::stand)
            .containsExactly(Route.Stand.GEWEEST, Route.Stand.NU, Route.Stand.STRAKS, Route.Stand.STRAKS);
        // 13 weeks is about 3 months; the open-ended phase runs to the end
        assertThat(r.stappen().get(1).vanafMaand()).isZero();
        assertThat(r.stappen().get(1).totMaand()).isEqualTo(3);
        assertThat(r.stappen().get(2).vanafMaand()).isEqualTo(3);
        assertThat(r.stappen().get(2).totMaand()).isEqualTo(18);
        assertThat(r.stappen().get(3).vanafMaand()).isEqualTo(18);
    }

    @Test
    void withoutRecordedPhaseTheDateDecides() {
        Route r = Routeregels.route(START, EINDE, FASEN, null, LocalDate.of(2026, 3, 1));
        assertThat(r.stappen().get(1).stand()).isEqualTo(Route.Stand.NU);
        Route later = Routeregels.route(START, EINDE, FASEN, null, LocalDate.of(2026, 8, 1));
        assertThat(later.stappen().get(1).stand()).isEqualTo(Route.Stand.GEWEEST);
        assertThat(later.stappen().get(2).stand()).isEqualTo(Route.Stand.NU);
    }

    @Test
    void languageOfTheHousehold() {
        assertThat(Taal.voor(List.of("Tigrinya", "Arabisch"))).isEqualTo(Taal.TI);
        assertThat(Taal.voor(List.of("Arabisch", "Engels"))).isEqualTo(Taal.AR);
        assertThat(Taal.voor(List.of("Dari", "Engels"))).isEqualTo(Taal.EN);
        assertThat(Taal.voor(List.of("Turks"))).isEqualTo(Taal.NL);
        assertThat(Taal.van("TI")).contains(Taal.TI);
        assertThat(Taal.van("fr")).isEmpty();
        assertThat(Taal.AR.rtl()).isTrue();
        assertThat(Taal.TI.rtl()).isFalse();
    }
}
