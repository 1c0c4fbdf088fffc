package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17 point 4: recording that a person's PIP was set and their inburgering ended makes those deadlines done in
 * the file and in the worklist, with optimistic locking, the processing log and a rule for who may record.
 */
@IntegrationTest
class TijdlijnFeitenTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject t;
    UUID samira;
    UUID yusuf;
    LocalDate brp = LocalDate.now().minusMonths(5);

    @BeforeEach
    void wereld() {
        w = data.wereld();
        t = data.aanmelding(w, brp);
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        var d = trajecten.dossier(w.als(Rol.REGIEVOERDER), t.id()).orElseThrow();
        samira = d.huishouden().personen().get(0).id();
        yusuf = d.huishouden().personen().get(1).id();
    }

    private Dossier dossier() {
        return trajecten.dossier(w.als(Rol.REGIEVOERDER), t.id()).orElseThrow();
    }

    private Termijn pip(UUID persoon) {
        return dossier().termijnen().stream()
            .filter(x -> x.soort() == TermijnSoort.PIP && persoon.equals(x.persoonId())).findFirst().orElseThrow();
    }

    private String eerstvolgendeSoortInWerklijst() {
        return jdbc.sql("select eerstvolgende_soort from werklijst_regel where traject_id = ?")
            .param(t.id().value()).query(String.class).single();
    }

    @Test
    void aRecordedPipDateMakesThePipDoneInsteadOfOverdue() {
        assertThat(pip(samira).status()).isEqualTo(TermijnStatus.VERLOPEN);
        LocalDate op = brp.plusWeeks(9);

        PersoonFeiten f = trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), samira, 0, op);

        assertThat(f.pipVastgesteldOp()).isEqualTo(op);
        assertThat(f.pipVastgelegdDoor()).isEqualTo(w.als(Rol.REGIEVOERDER).id());
        assertThat(f.versie()).isEqualTo(1);
        Termijn pip = pip(samira);
        assertThat(pip.status()).isEqualTo(TermijnStatus.AFGEROND);
        assertThat(pip.afgerondOp()).isEqualTo(op);
        assertThat(dossier().feiten(samira).pipVastgesteldOp()).isEqualTo(op);
        assertThat(pip(yusuf).status()).isEqualTo(TermijnStatus.VERLOPEN);
    }

    @Test
    void theWorklistRowIsRecomputedWhenBothPipsAreRecorded() {
        assertThat(eerstvolgendeSoortInWerklijst()).isEqualTo("PIP");

        trajecten.legPipVast(w.als(Rol.BEGELEIDER), t.id(), samira, 0, brp.plusWeeks(8));
        trajecten.legPipVast(w.als(Rol.TEAMLEIDER), t.id(), yusuf, 0, brp.plusWeeks(10));

        assertThat(eerstvolgendeSoortInWerklijst()).isNotEqualTo("PIP");
        assertThat(Termijnregels.aantalVerlopen(dossier().termijnen())).isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), samira, 0, brp.plusWeeks(8));

        assertThatThrownBy(() -> trajecten.legPipVast(w.als(Rol.BEGELEIDER), t.id(), samira, 0, brp.plusWeeks(2)))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThatThrownBy(() -> trajecten.legPipVast(w.als(Rol.BEGELEIDER), t.id(), yusuf, 3, brp.plusWeeks(2)))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(dossier().feiten(samira).pipVastgesteldOp()).isEqualTo(brp.plusWeeks(8));

        PersoonFeiten gecorrigeerd = trajecten.legPipVast(w.als(Rol.BEGELEIDER), t.id(), samira, 1,
                brp.plusWeeks(7));
        assertThat(gecorrigeerd.versie()).isEqualTo(2);
        assertThat(pip(samira).afgerondOp()).isEqualTo(brp.plusWeeks(7));
    }

    @Test
    void withdrawingThePipDateMakesTheDeadlineOpenAgain() {
        trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), samira, 0, brp.plusWeeks(8));
        trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), samira, 1, null);

        assertThat(pip(samira).status()).isEqualTo(TermijnStatus.VERLOPEN);
    }

    @Test
    void volunteersAndOtherRolesMayNotRecord() {
        for (Rol rol : List.of(Rol.VRIJWILLIGER, Rol.BUDGETCOACH, Rol.WIJKTEAM, Rol.BELEID)) {
            assertThatThrownBy(() -> trajecten.legPipVast(w.als(rol), t.id(), samira, 0, brp.plusWeeks(8)))
                .as(rol.name()).isInstanceOfAny(DomeinFout.class, NietGevonden.class);
        }
        assertThat(dossier().feiten(samira).versie()).isZero();
        assertThat(pip(samira).status()).isEqualTo(TermijnStatus.VERLOPEN);
    }

    @Test
    void aStrangerGetsNotFoundAndAPersonOfAnotherHouseholdToo() {
        TestData.Wereld ander = data.wereld();
        assertThatThrownBy(() -> trajecten.legPipVast(ander.als(Rol.REGIEVOERDER), t.id(), samira, 0, brp))
            .isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), UUID.randomUUID(), 0, brp))
            .isInstanceOf(NietGevonden.class);
    }

    @Test
    void aDateInTheFutureIsRefused() {
        assertThatThrownBy(() -> trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), samira, 0,
                LocalDate.now().plusDays(1)))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("traject.datum.toekomst");
    }

    @Test
    void theEndOfInburgeringNeedsHowItEndedAndMakesTheTermDone() {
        assertThatThrownBy(() -> trajecten.legInburgeringVast(w.als(Rol.BEGELEIDER), t.id(), samira, 0,
                LocalDate.now(), null))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("traject.feit.afronding.leeg");

        trajecten.legPipVast(w.als(Rol.BEGELEIDER), t.id(), samira, 0, brp.plusWeeks(8));
        PersoonFeiten f = trajecten.legInburgeringVast(w.als(Rol.BEGELEIDER), t.id(), samira, 1, LocalDate.now(),
                InburgeringAfronding.ONTHEFFING);

        assertThat(f.pipVastgesteldOp()).isEqualTo(brp.plusWeeks(8));
        assertThat(f.inburgeringAfronding()).isEqualTo(InburgeringAfronding.ONTHEFFING);
        Termijn inburgering = dossier().termijnen().stream()
            .filter(x -> x.soort() == TermijnSoort.INBURGERINGSTERMIJN && samira.equals(x.persoonId()))
            .findFirst().orElseThrow();
        assertThat(inburgering.status()).isEqualTo(TermijnStatus.AFGEROND);
    }

    @Test
    void recordingIsInTheProcessingLog() {
        trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), samira, 0, brp.plusWeeks(8));

        assertThat(jdbc.sql("""
                select count(*) from verwerking
                 where betrokkene_id = ? and record_soort = 'traject_persoon_feit' and medewerker_id = ?""")
            .params(samira, w.als(Rol.REGIEVOERDER).id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theFileShowsTheLatestPossibleEnd() {
        // the test contract: 12 months from BRP registration, extendable by 6
        assertThat(dossier().uitersteEinde()).isEqualTo(brp.plusMonths(18));
    }
}
