package nl.wegwijs.tevredenheid;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When the questionnaire is due, and which groups the report may show. */
class TevredenheidsregelsTests {

    static final LocalDate START = LocalDate.of(2026, 2, 1);

    @Test
    void afterTheFirstYearWhenGuidanceIsLonger() {
        Peiling p = Tevredenheidsregels.peiling(START, START.plusMonths(18)).orElseThrow();
        assertThat(p.moment()).isEqualTo(Moment.EERSTE_JAAR);
        assertThat(p.op()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(p.opentOp()).isEqualTo(LocalDate.of(2027, 2, 1).minusWeeks(6));
        assertThat(p.isOpen(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(p.isOpen(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(p.isTeLaat(LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(p.isTeLaat(LocalDate.of(2027, 4, 1))).isTrue();
    }

    @Test
    void withoutFormalEndAlsoAfterTheFirstYear() {
        assertThat(Tevredenheidsregels.peiling(START, null).orElseThrow().moment()).isEqualTo(Moment.EERSTE_JAAR);
    }

    @Test
    void atTheEndWhenGuidanceIsShorterThanAYear() {
        Peiling p = Tevredenheidsregels.peiling(START, START.plusMonths(6)).orElseThrow();
        assertThat(p.moment()).isEqualTo(Moment.EINDE);
        assertThat(p.op()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(p.opentOp()).isEqualTo(LocalDate.of(2026, 8, 1).minusWeeks(6));
        // exactly a year: after the first year
        assertThat(Tevredenheidsregels.peiling(START, START.plusMonths(12)).orElseThrow().moment())
            .isEqualTo(Moment.EERSTE_JAAR);
        // a very short guidance opens at its start, not before
        Peiling kort = Tevredenheidsregels.peiling(START, START.plusWeeks(3)).orElseThrow();
        assertThat(kort.opentOp()).isEqualTo(START);
    }

    @Test
    void notBeforeTheStartIsKnown() {
        assertThat(Tevredenheidsregels.peiling(null, START)).isEmpty();
    }

    @Test
    void groupsSmallerThanFiveAreSuppressed() {
        Tevredenheidsregels.Verdeling vier = Tevredenheidsregels.verdeling(Map.of(4, 3L, 5, 1L));
        assertThat(vier.onderdrukt()).isTrue();
        assertThat(vier.totaal()).isEqualTo(4);
        assertThat(vier.gemiddelde()).isNull();
        assertThat(vier.procent(4)).isZero();
        Tevredenheidsregels.Verdeling vijf = Tevredenheidsregels.verdeling(Map.of(1, 1L, 4, 3L, 5, 1L));
        assertThat(vijf.onderdrukt()).isFalse();
        assertThat(vijf.aantallen()).containsExactly(1L, 0L, 0L, 3L, 1L);
        assertThat(vijf.gemiddelde()).isEqualTo(3.6);
        assertThat(vijf.procent(4)).isEqualTo(60);
        assertThat(Tevredenheidsregels.toonbaar(4)).isFalse();
        assertThat(Tevredenheidsregels.toonbaar(5)).isTrue();
    }

    @Test
    void valuesOffTheScaleDoNotCount() {
        assertThat(Tevredenheidsregels.verdeling(Map.of(0, 9L, 6, 9L, 3, 2L)).totaal()).isEqualTo(2);
    }
}
