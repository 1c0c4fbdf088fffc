package nl.wegwijs.traject;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.wegwijs.system.DomeinFout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The trajectory's own rules: status transitions, assignments and handoffs, extensions, closing. */
class TrajectTests {

    static final LocalDate DAG = LocalDate.of(2026, 3, 2);

    @Test
    void allowsOnlyTheLifecycleTransitions() {
        assertThat(TrajectStatus.AANGEMELD.volgende()).containsExactlyInAnyOrder(TrajectStatus.INTAKE,
                TrajectStatus.BEEINDIGD);
        assertThat(TrajectStatus.INTAKE.volgende()).containsExactlyInAnyOrder(TrajectStatus.ACTIEF,
                TrajectStatus.BEEINDIGD);
        assertThat(TrajectStatus.ACTIEF.volgende()).containsExactlyInAnyOrder(TrajectStatus.VERLENGD,
                TrajectStatus.AFGEROND, TrajectStatus.OVERGEDRAGEN, TrajectStatus.BEEINDIGD);
        assertThat(TrajectStatus.VERLENGD.volgende()).isEqualTo(TrajectStatus.ACTIEF.volgende());
    }

    @ParameterizedTest
    @EnumSource(value = TrajectStatus.class, names = { "AFGEROND", "OVERGEDRAGEN", "BEEINDIGD" })
    void endStatesAreFinal(TrajectStatus eind) {
        assertThat(eind.volgende()).isEmpty();
        assertThat(eind.isAfgesloten()).isTrue();
    }

    @Test
    void aanmeldingStartsAangemeldWithHistory() {
        Traject t = TrajectFixture.aangemeld(DAG);
        assertThat(t.status()).isEqualTo(TrajectStatus.AANGEMELD);
        assertThat(t.nieuweHistorie()).hasSize(2);
    }

    @Test
    void refusesStartBeforeAcceptance() {
        Traject t = TrajectFixture.aangemeld(DAG);
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> t.start(DAG, "FASE1"))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.status.overgang"));
    }

    @Test
    void startRecordsPracticalStartAndFirstPhase() {
        Traject t = TrajectFixture.actief(DAG);
        assertThat(t.status()).isEqualTo(TrajectStatus.ACTIEF);
        assertThat(t.praktischeStart()).isEqualTo(DAG.plusDays(7));
        assertThat(t.faseCode()).isEqualTo("FASE1");
        assertThat(t.faseStart()).isEqualTo(DAG.plusDays(7));
    }

    @Test
    void refusesToewijzingOnAfgerondTraject() {
        Traject t = TrajectFixture.afgerond(DAG);
        assertThatExceptionOfType(TrajectAfgesloten.class)
            .isThrownBy(() -> t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG.plusMonths(13)));
    }

    @Test
    void handoffFromPhase1WorkerEndsTheFirstAssignmentTheDayBefore() {
        Traject t = TrajectFixture.actief(DAG);
        UUID fase1 = UUID.randomUUID();
        t.wijsToe(fase1, ToewijzingRol.FASE1, DAG);
        t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG.plusWeeks(6));
        UUID opvolger = UUID.randomUUID();
        t.wijsToe(opvolger, ToewijzingRol.BEGELEIDER, DAG.plusMonths(4));
        assertThat(t.toewijzingen()).hasSize(3);
        Toewijzing eerste = t.toewijzingen().get(1);
        assertThat(eerste.tot()).isEqualTo(DAG.plusMonths(4).minusDays(1));
        assertThat(t.actieve(ToewijzingRol.BEGELEIDER, DAG.plusMonths(5)).orElseThrow().medewerkerId())
            .isEqualTo(opvolger);
        assertThat(t.actieve(ToewijzingRol.FASE1, DAG.plusDays(1)).orElseThrow().medewerkerId()).isEqualTo(fase1);
    }

    @Test
    void severalVrijwilligersCanBeAssignedButNotTheSameOneTwice() {
        Traject t = TrajectFixture.actief(DAG);
        t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG);
        t.wijsToe(UUID.randomUUID(), ToewijzingRol.VRIJWILLIGER, DAG);
        assertThat(t.actieveToewijzingen(DAG)).hasSize(2);
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG.plusDays(3)))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.toewijzing.al-toegewezen"));
    }

    @Test
    void refusesAssignmentBeforeAanmelding() {
        Traject t = TrajectFixture.aangemeld(DAG);
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG.minusDays(1)));
    }

    @Test
    void refusesAHandoffThatDoesNotStartAfterTheCurrentOne() {
        Traject t = TrajectFixture.actief(DAG);
        t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG.plusDays(10));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.wijsToe(UUID.randomUUID(), ToewijzingRol.BEGELEIDER, DAG.plusDays(10)))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.toewijzing.overlap"));
    }

    @Test
    void extendsWithinTheContractMaximumOnly() {
        Traject t = TrajectFixture.actief(DAG);
        t.verleng(3, DAG.plusMonths(11), "Regievoerder", "Huisvesting nog niet rond", 6);
        assertThat(t.status()).isEqualTo(TrajectStatus.VERLENGD);
        t.verleng(3, DAG.plusMonths(14), "Regievoerder", "Schulden", 6);
        assertThat(t.verlengdMaanden()).isEqualTo(6);
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.verleng(1, DAG.plusMonths(17), "Regievoerder", "Nog meer", 6))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.verlenging.boven-maximum"));
    }

    @Test
    void refusesExtensionBeforeGuidanceStarted() {
        Traject t = TrajectFixture.aangemeld(DAG);
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> t.verleng(6, DAG, "x", "y", 6));
    }

    @Test
    void closingEndsEveryRunningAssignment() {
        Traject t = TrajectFixture.actief(DAG);
        t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG);
        t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG);
        t.sluitAf(TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT, DAG.plusMonths(12), "Driegesprek gehad");
        assertThat(t.status()).isEqualTo(TrajectStatus.OVERGEDRAGEN);
        assertThat(t.eindeReden()).isEqualTo(EindeReden.WARME_OVERDRACHT);
        assertThat(t.actieveToewijzingen(DAG.plusMonths(12).plusDays(1))).isEmpty();
        assertThat(t.toewijzingen()).allSatisfy(w -> assertThat(w.tot()).isEqualTo(DAG.plusMonths(12)));
    }

    @Test
    void refusesClosingIntoANonEndStatus() {
        Traject t = TrajectFixture.actief(DAG);
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.sluitAf(TrajectStatus.ACTIEF, EindeReden.ANDERS, DAG, null));
    }

    @Test
    void aClosedTrajectoryCannotBeClosedAgain() {
        Traject t = TrajectFixture.afgerond(DAG);
        assertThatExceptionOfType(TrajectAfgesloten.class)
            .isThrownBy(() -> t.sluitAf(TrajectStatus.BEEINDIGD, EindeReden.ANDERS, DAG.plusMonths(13), null));
    }

    @Test
    void changingUitvoerderKeepsHistoryAndEndsTheOldAssignments() {
        Traject t = TrajectFixture.actief(DAG);
        t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG);
        UUID nieuwContract = UUID.randomUUID();
        UUID nieuweUitvoerder = UUID.randomUUID();
        t.wisselContract(nieuwContract, nieuweUitvoerder, DAG.plusMonths(6));
        assertThat(t.contractId()).isEqualTo(nieuwContract);
        assertThat(t.uitvoerderId()).isEqualTo(nieuweUitvoerder);
        assertThat(t.teamId()).isNull();
        assertThat(t.toewijzingen().get(0).tot()).isEqualTo(DAG.plusMonths(6).minusDays(1));
        assertThat(t.nieuweHistorie()).anySatisfy(h -> assertThat(h).isInstanceOf(Traject.Historie.ContractWissel.class));
        assertThat(t.status()).isEqualTo(TrajectStatus.ACTIEF);
    }

    @Test
    void aTeamCanBeChosenAgainAfterAChangeOfUitvoerderButNotBeforeAcceptance() {
        Traject aangemeld = TrajectFixture.aangemeld(DAG);
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> aangemeld.kiesTeam(UUID.randomUUID()));
        Traject t = TrajectFixture.actief(DAG);
        t.wisselContract(UUID.randomUUID(), UUID.randomUUID(), DAG.plusMonths(6));
        UUID nieuwTeam = UUID.randomUUID();
        t.kiesTeam(nieuwTeam);
        assertThat(t.teamId()).isEqualTo(nieuwTeam);
    }

    @Test
    void phasesMoveForwardOnly() {
        Traject t = TrajectFixture.actief(DAG);
        t.naarFase("FASE2", DAG.plusMonths(3));
        assertThat(t.faseCode()).isEqualTo("FASE2");
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> t.naarFase("FASE3", DAG.plusMonths(2)));
    }

    // --- issue 17, point 6: a way back after ending an assignment or closing

    @Test
    void endingAnAssignmentTodayThenAssigningTheSameVolunteerTodayContinuesTheOnePeriod() {
        Traject t = TrajectFixture.actief(DAG);
        Toewijzing w = t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG);
        LocalDate vandaag = DAG.plusDays(20);
        t.beeindigToewijzing(w.id(), vandaag);

        Toewijzing weer = t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, vandaag);

        assertThat(weer.id()).isEqualTo(w.id());
        assertThat(t.toewijzingen()).singleElement()
            .satisfies(x -> assertThat(x.vanaf()).isEqualTo(DAG))
            .satisfies(x -> assertThat(x.tot()).isNull());
        assertThat(t.actieveToewijzingen(vandaag.plusDays(1))).hasSize(1);
    }

    @Test
    void aBegeleiderEndedTodayCanBeAssignedAgainTodayWithoutOverlap() {
        Traject t = TrajectFixture.actief(DAG);
        Toewijzing w = t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG.plusDays(3));
        t.beeindigToewijzing(w.id(), DAG.plusDays(3));
        t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG.plusDays(3));
        assertThat(t.toewijzingen()).singleElement().satisfies(x -> assertThat(x.tot()).isNull());
    }

    @Test
    void assigningTheSameVolunteerAfterAGapStartsANewPeriod() {
        Traject t = TrajectFixture.actief(DAG);
        Toewijzing w = t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG);
        t.beeindigToewijzing(w.id(), DAG.plusDays(5));
        t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG.plusDays(6));
        assertThat(t.toewijzingen()).singleElement().satisfies(x -> assertThat(x.tot()).isNull());
        t.beeindigToewijzing(w.id(), DAG.plusDays(8));
        t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG.plusDays(20));
        assertThat(t.toewijzingen()).hasSize(2);
        assertThat(t.toewijzingen().get(0).tot()).isEqualTo(DAG.plusDays(8));
        assertThat(t.toewijzingen().get(1).vanaf()).isEqualTo(DAG.plusDays(20));
    }

    @Test
    void anEndedAssignmentCanBeUndoneUntilTheDayAfterItsLastDay() {
        Traject t = TrajectFixture.actief(DAG);
        Toewijzing w = t.wijsToe(TrajectFixture.VRIJWILLIGER, ToewijzingRol.VRIJWILLIGER, DAG);
        t.beeindigToewijzing(w.id(), DAG.plusDays(10));
        assertThat(t.magHerstellen(t.toewijzingen().get(0), DAG.plusDays(12))).isFalse();
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.herstelToewijzing(w.id(), DAG.plusDays(12)))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.toewijzing.herstel-te-laat"));
        assertThat(t.magHerstellen(t.toewijzingen().get(0), DAG.plusDays(11))).isTrue();
        t.herstelToewijzing(w.id(), DAG.plusDays(11));
        assertThat(t.toewijzingen().get(0).tot()).isNull();
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.herstelToewijzing(w.id(), DAG.plusDays(11)))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.toewijzing.niet-beeindigd"));
    }

    @Test
    void undoingTheEndOfABegeleiderIsRefusedWhenSomeoneElseTookOver() {
        Traject t = TrajectFixture.actief(DAG);
        Toewijzing w = t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG);
        t.wijsToe(UUID.randomUUID(), ToewijzingRol.BEGELEIDER, DAG.plusDays(10));
        assertThat(t.magHerstellen(t.toewijzingen().get(0), DAG.plusDays(10))).isFalse();
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.herstelToewijzing(w.id(), DAG.plusDays(10)))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.toewijzing.overlap"));
    }

    @Test
    void reopeningWithinThePeriodReturnsToThePreviousStatusAndAssignments() {
        Traject t = TrajectFixture.actief(DAG);
        t.wijsToe(TrajectFixture.BEGELEIDER, ToewijzingRol.BEGELEIDER, DAG);
        t.verleng(3, DAG.plusMonths(11), "Regievoerder", "Schulden", 6);
        LocalDate einde = DAG.plusMonths(12);
        t.sluitAf(TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT, einde, "Driegesprek");

        t.heropen(einde.plusDays(30), 30, "Per vergissing afgesloten",
                List.of(TrajectStatus.AANGEMELD, TrajectStatus.INTAKE, TrajectStatus.ACTIEF, TrajectStatus.VERLENGD,
                        TrajectStatus.OVERGEDRAGEN));

        assertThat(t.status()).isEqualTo(TrajectStatus.VERLENGD);
        assertThat(t.eindeDatum()).isNull();
        assertThat(t.eindeReden()).isNull();
        assertThat(t.actieve(ToewijzingRol.BEGELEIDER, einde.plusDays(31))).isPresent();
        assertThat(t.nieuweHistorie()).last().isEqualTo(new Traject.Historie.Status(TrajectStatus.VERLENGD,
                einde.plusDays(30), null, "Per vergissing afgesloten"));
        t.naarFase("FASE2", einde.plusDays(31));
    }

    @Test
    void closingKeepsItsReasonInTheHistory() {
        Traject t = TrajectFixture.actief(DAG);
        t.sluitAf(TrajectStatus.BEEINDIGD, EindeReden.VERHUISD, DAG.plusMonths(2), "Naar Zwolle");
        assertThat(t.nieuweHistorie()).last().isEqualTo(new Traject.Historie.Status(TrajectStatus.BEEINDIGD,
                DAG.plusMonths(2), EindeReden.VERHUISD, "Naar Zwolle"));
    }

    @Test
    void reopeningAfterThePeriodIsRefused() {
        Traject t = TrajectFixture.afgerond(DAG);
        LocalDate einde = t.eindeDatum();
        assertThat(t.magHeropenen(einde.plusDays(31), 30)).isFalse();
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> t.heropen(einde.plusDays(31), 30, "Te laat", List.of(TrajectStatus.ACTIEF)))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.heropenen.te-laat"));
        assertThat(t.status()).isEqualTo(TrajectStatus.AFGEROND);
    }

    @Test
    void reopeningNeedsAReasonAndAClosedTrajectory() {
        Traject open = TrajectFixture.actief(DAG);
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> open.heropen(DAG.plusDays(10), 30, "x", List.of()))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.heropenen.niet-afgesloten"));
        Traject dicht = TrajectFixture.afgerond(DAG);
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> dicht.heropen(dicht.eindeDatum(), 30, "  ", List.of()))
            .satisfies(f -> assertThat(f.code()).isEqualTo("traject.heropenen.reden"));
    }
}
