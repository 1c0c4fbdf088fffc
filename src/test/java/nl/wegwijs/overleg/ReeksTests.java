package nl.wegwijs.overleg;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules without Spring: the next meeting's date from the frequency, and how a generated agenda is made. */
class ReeksTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);

    @Test
    void theFirstMeetingIsProposedForToday() {
        assertThat(Reeks.volgendeDatum(null, 4, VANDAAG)).isEqualTo(VANDAAG);
    }

    @Test
    void theNextMeetingIsTheFrequencyAfterTheLastOne() {
        assertThat(Reeks.volgendeDatum(LocalDate.of(2026, 3, 3), 4, VANDAAG)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Reeks.volgendeDatum(LocalDate.of(2026, 3, 3), 6, VANDAAG)).isEqualTo(LocalDate.of(2026, 4, 14));
    }

    @Test
    void aMissedMeetingMovesOnByWholePeriodsToTodayOrLater() {
        // last on 6 January, every 4 weeks: 3 Feb and 3 Mar are past, 31 Mar is next
        assertThat(Reeks.volgendeDatum(LocalDate.of(2026, 1, 6), 4, VANDAAG)).isEqualTo(LocalDate.of(2026, 3, 31));
        // exactly today counts
        assertThat(Reeks.volgendeDatum(LocalDate.of(2026, 2, 10), 4, VANDAAG)).isEqualTo(VANDAAG);
    }

    static final UUID A = UUID.randomUUID(), B = UUID.randomUUID(), C = UUID.randomUUID(), D = UUID.randomUUID();

    @Test
    void aHouseholdIsOnTheAgendaOnceWithAllItsReasonsSignalsFirst() {
        List<Agendaregels.Toevoeging> t = Agendaregels.samenstellen(Map.of(), List.of(A, B), List.of(C, A));
        assertThat(t).extracting(Agendaregels.Toevoeging::huishouden).containsExactly(A, B, C);
        assertThat(t.get(0).redenen()).containsExactlyInAnyOrder(Reden.SIGNAAL, Reden.TE_LAAT);
        assertThat(t.get(1).redenen()).containsExactly(Reden.SIGNAAL);
        assertThat(t.get(2).redenen()).containsExactly(Reden.TE_LAAT);
    }

    @Test
    void anItemAlreadyThereOnlyGainsNewReasons() {
        Map<UUID, Set<Reden>> bestaand = Map.of(A, EnumSet.of(Reden.INGEBRACHT), D, EnumSet.of(Reden.TE_LAAT));
        List<Agendaregels.Toevoeging> t = Agendaregels.samenstellen(bestaand, List.of(A), List.of(D, B));
        assertThat(t).extracting(Agendaregels.Toevoeging::huishouden).containsExactly(A, B);
        assertThat(t.get(0).redenen()).containsExactly(Reden.SIGNAAL);
    }

    @Test
    void theAgendaHoldsAtMostMaxHouseholds() {
        List<UUID> veel = IntStream.range(0, Agendaregels.MAX + 10).mapToObj(i -> UUID.randomUUID()).toList();
        Map<UUID, Set<Reden>> bestaand = Map.of(A, EnumSet.of(Reden.INGEBRACHT));
        List<Agendaregels.Toevoeging> t = Agendaregels.samenstellen(bestaand, veel, List.of(A));
        assertThat(t.stream().filter(x -> !x.huishouden().equals(A))).hasSize(Agendaregels.MAX - 1);
        assertThat(t).anySatisfy(x -> assertThat(x.huishouden()).isEqualTo(A));
    }
}
