package nl.wegwijs.ontzorgen;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of ontzorgen with fixed dates: the period, its months, the transition and the warning. */
class OntzorgregelsTests {

    static final LocalDate START = LocalDate.of(2026, 3, 1);

    static Coachgesprek gesprek(LocalDate datum, GesprekStatus status) {
        return new Coachgesprek(UUID.randomUUID(), datum, status, "Budgetbeheer", null);
    }

    @Test
    void endsAfterTheRegimesMonthsOrEarlierWhenStopped() {
        assertThat(Ontzorgregels.geplandEinde(START, 6)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(Ontzorgregels.einde(START, 6, null)).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(Ontzorgregels.einde(START, 12, null)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(Ontzorgregels.einde(START, 6, LocalDate.of(2026, 5, 15))).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(Ontzorgregels.einde(null, 6, null)).isNull();
    }

    @Test
    void monthsOfThePeriodStartInTheStartsMonth() {
        assertThat(Ontzorgregels.maanden(START, 6, null)).containsExactly(YearMonth.of(2026, 3), YearMonth.of(2026, 4),
                YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8));
        // started mid-month: still six months, from the start's month
        assertThat(Ontzorgregels.maanden(LocalDate.of(2026, 1, 15), 6, null)).hasSize(6)
            .startsWith(YearMonth.of(2026, 1)).endsWith(YearMonth.of(2026, 6));
        assertThat(Ontzorgregels.maanden(null, 6, null)).isEmpty();
    }

    @Test
    void monthsStopWithAnEarlyEnd() {
        // stopped on 15 May: March, April, May (May began before the stop); June no longer
        assertThat(Ontzorgregels.maanden(START, 6, LocalDate.of(2026, 5, 15))).containsExactly(YearMonth.of(2026, 3),
                YearMonth.of(2026, 4), YearMonth.of(2026, 5));
        // stopped on 1 May: May no longer
        assertThat(Ontzorgregels.maanden(START, 6, LocalDate.of(2026, 5, 1))).hasSize(2);
        // stopped in the start month: that month stays
        assertThat(Ontzorgregels.maanden(LocalDate.of(2026, 3, 10), 6, LocalDate.of(2026, 3, 20)))
            .containsExactly(YearMonth.of(2026, 3));
    }

    @Test
    void overgangGeregeldWithTheNormsSessionsHeldOrPlannedBeforeTheEnd() {
        LocalDate einde = LocalDate.of(2026, 9, 1);
        List<Coachgesprek> drie = List.of(gesprek(LocalDate.of(2026, 4, 1), GesprekStatus.GEHOUDEN),
                gesprek(LocalDate.of(2026, 5, 1), GesprekStatus.GEHOUDEN),
                gesprek(LocalDate.of(2026, 7, 1), GesprekStatus.GEPLAND));
        assertThat(Ontzorgregels.overgangGeregeld(drie, einde, 4)).isFalse();
        assertThat(Ontzorgregels.overgangGeregeld(drie, einde, 3)).isTrue();

        // a cancelled one does not count, nor one after the end; one on the end day does
        List<Coachgesprek> vier = List.of(drie.get(0), drie.get(1), drie.get(2),
                gesprek(LocalDate.of(2026, 8, 1), GesprekStatus.AFGEZEGD),
                gesprek(LocalDate.of(2026, 9, 2), GesprekStatus.GEPLAND));
        assertThat(Ontzorgregels.gesprekkenVoorEinde(vier, einde)).isEqualTo(3);
        assertThat(Ontzorgregels.overgangGeregeld(vier, einde, 4)).isFalse();
        List<Coachgesprek> opEinddag = List.of(drie.get(0), drie.get(1), drie.get(2),
                gesprek(einde, GesprekStatus.GEPLAND));
        assertThat(Ontzorgregels.overgangGeregeld(opEinddag, einde, 4)).isTrue();

        // an early stop moves the end: sessions after it no longer count
        assertThat(Ontzorgregels.gesprekkenVoorEinde(drie, LocalDate.of(2026, 6, 1))).isEqualTo(2);
        // a norm of 0 is always arranged
        assertThat(Ontzorgregels.overgangGeregeld(List.of(), einde, 0)).isTrue();
    }

    @Test
    void warnsWhenTheEndIsWithinTheWeeksWithoutTransition() {
        LocalDate einde = LocalDate.of(2026, 9, 1);
        assertThat(Ontzorgregels.eindigtZonderOvergang(einde, false, einde.minusWeeks(4), 4)).isTrue();
        assertThat(Ontzorgregels.eindigtZonderOvergang(einde, false, einde.minusWeeks(4).minusDays(1), 4)).isFalse();
        assertThat(Ontzorgregels.eindigtZonderOvergang(einde, false, einde, 4)).isTrue();
        assertThat(Ontzorgregels.eindigtZonderOvergang(einde, false, einde.plusDays(1), 4)).isFalse();
        assertThat(Ontzorgregels.eindigtZonderOvergang(einde, true, einde.minusWeeks(1), 4)).isFalse();
        assertThat(Ontzorgregels.eindigtZonderOvergang(null, false, einde, 4)).isFalse();
    }

    @Test
    void faseFollowsStartAndEnd() {
        LocalDate einde = LocalDate.of(2026, 9, 1);
        assertThat(Ontzorgregels.fase(null, null, START)).isEqualTo(Ontzorgregels.Fase.NIET_GESTART);
        assertThat(Ontzorgregels.fase(START, einde, START.minusDays(1))).isEqualTo(Ontzorgregels.Fase.NIET_GESTART);
        assertThat(Ontzorgregels.fase(START, einde, START)).isEqualTo(Ontzorgregels.Fase.LOOPT);
        assertThat(Ontzorgregels.fase(START, einde, einde)).isEqualTo(Ontzorgregels.Fase.AFGELOPEN);
    }
}
