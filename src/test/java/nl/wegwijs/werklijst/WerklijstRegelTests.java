package nl.wegwijs.werklijst;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the worklist flags as overdue: only work of a running trajectory. */
class WerklijstRegelTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);

    private static WerklijstRegel regel(String status) {
        return new WerklijstRegel(UUID.randomUUID(), UUID.randomUUID(), "Haddad, Samira", 2, status, null, null, null,
                null, 0, "", VANDAAG, 5, VANDAAG.minusDays(10), 1, VANDAAG.minusDays(2), 0, false, null, null, null,
                null, true, true);
    }

    @Test
    void overdueChecklistItemsAndLettersCountWhileGuidanceRuns() {
        for (String lopend : new String[] { "INTAKE", "ACTIEF", "VERLENGD" }) {
            assertThat(regel(lopend).checklistTeLaat(VANDAAG)).as(lopend).isTrue();
            assertThat(regel(lopend).postTeLaat(VANDAAG)).as(lopend).isTrue();
        }
    }

    @Test
    void whatWasLeftOpenWhenGuidanceEndedIsHistoryNotWork() {
        for (String afgesloten : new String[] { "AFGEROND", "OVERGEDRAGEN", "BEEINDIGD" }) {
            assertThat(regel(afgesloten).checklistTeLaat(VANDAAG)).as(afgesloten).isFalse();
            assertThat(regel(afgesloten).postTeLaat(VANDAAG)).as(afgesloten).isFalse();
            assertThat(regel(afgesloten).contactTeLaat(VANDAAG)).as(afgesloten).isFalse();
        }
    }

    @Test
    void notYetDueIsNotOverdue() {
        WerklijstRegel r = regel("ACTIEF");
        assertThat(r.checklistTeLaat(VANDAAG.minusDays(10))).isFalse();
        assertThat(r.postTeLaat(VANDAAG.minusDays(2))).isFalse();
    }
}
