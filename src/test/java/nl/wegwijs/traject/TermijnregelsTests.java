package nl.wegwijs.traject;

import static nl.wegwijs.traject.TermijnSoort.AFSLUITING;
import static nl.wegwijs.traject.TermijnSoort.EINDE_BEGELEIDING;
import static nl.wegwijs.traject.TermijnSoort.FASE;
import static nl.wegwijs.traject.TermijnSoort.INBURGERINGSTERMIJN;
import static nl.wegwijs.traject.TermijnSoort.ONTZORGEN;
import static nl.wegwijs.traject.TermijnSoort.PIP;
import static nl.wegwijs.traject.TermijnStatus.AFGEROND;
import static nl.wegwijs.traject.TermijnStatus.BINNENKORT;
import static nl.wegwijs.traject.TermijnStatus.GEEN_EINDE;
import static nl.wegwijs.traject.TermijnStatus.ONBEKEND;
import static nl.wegwijs.traject.TermijnStatus.OP_TIJD;
import static nl.wegwijs.traject.TermijnStatus.VERLOPEN;
import static nl.wegwijs.traject.TijdlijnFixture.begeleiding;
import static nl.wegwijs.traject.TijdlijnFixture.fase;
import static nl.wegwijs.traject.TijdlijnFixture.huishouden;
import static nl.wegwijs.traject.TijdlijnFixture.inburgeraar;
import static nl.wegwijs.traject.TijdlijnFixture.kind;
import static nl.wegwijs.traject.TijdlijnFixture.metInburgeringAfgerond;
import static nl.wegwijs.traject.TijdlijnFixture.metPipVastgesteld;
import static nl.wegwijs.traject.TijdlijnFixture.nareiziger;
import static nl.wegwijs.traject.TijdlijnFixture.regime;
import static nl.wegwijs.traject.TijdlijnFixture.termijn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import nl.wegwijs.organisatie.ContractVoorwaarden;
import nl.wegwijs.organisatie.Startmoment;

/**
 * The legal timeline: what is due when, per person and per household, under each regime of the domain brief §5.
 * docs/timeline.md states the rules.
 */
class TermijnregelsTests {

    static final LocalDate BRP = LocalDate.of(2026, 3, 2);

    static LocalDate datum(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class PersonalTermijnen {

        @Test
        void setsPipTermijnFromBrpInschrijving() {
            var ahmad = inburgeraar(BRP);
            var termijn = huishouden(ahmad).op(BRP).van(PIP, ahmad);

            assertThat(termijn.uiterlijk()).isEqualTo(datum("2026-05-11"));
            assertThat(termijn.status()).isEqualTo(OP_TIJD);
            assertThat(termijn.persoonId()).isEqualTo(ahmad.persoonId());
        }

        @Test
        void setsPipTermijnFromPipWekenOfRegime() {
            var ahmad = inburgeraar(BRP);
            var termijnen = huishouden(ahmad).gemeente(regime(TijdlijnFixture.SINDS_ALTIJD, 8, 6, 36)).op(BRP);

            assertThat(termijnen.van(PIP, ahmad).uiterlijk()).isEqualTo(datum("2026-04-27"));
        }

        @Test
        void countsPipWekenAsSevenDaysAcrossYearEnd() {
            var ahmad = inburgeraar(datum("2025-12-22"));

            assertThat(huishouden(ahmad).op(BRP).van(PIP, ahmad).uiterlijk()).isEqualTo(datum("2026-03-02"));
        }

        @Test
        void setsInburgeringstermijnFromBrpInschrijving() {
            var ahmad = inburgeraar(BRP);

            assertThat(huishouden(ahmad).op(BRP).van(INBURGERINGSTERMIJN, ahmad).uiterlijk())
                    .isEqualTo(datum("2029-03-02"));
        }

        @Test
        void setsInburgeringstermijnFromLeapDayOnLastDayOfFebruary() {
            var ahmad = inburgeraar(datum("2024-02-29"));

            assertThat(huishouden(ahmad).op(BRP).van(INBURGERINGSTERMIJN, ahmad).uiterlijk())
                    .isEqualTo(datum("2027-02-28"));
            assertThat(huishouden(ahmad).gemeente(regime(TijdlijnFixture.SINDS_ALTIJD, 10, 6, 48)).op(BRP)
                    .van(INBURGERINGSTERMIJN, ahmad).uiterlijk()).isEqualTo(datum("2028-02-29"));
        }

        @Test
        void givesNareizigerOwnPipAndInburgeringstermijnFromOwnBrpInschrijving() {
            var vader = inburgeraar(BRP);
            var moeder = nareiziger(datum("2026-09-14"));
            var termijnen = huishouden(vader, moeder).op(BRP);

            assertThat(termijnen.van(PIP, vader).uiterlijk()).isEqualTo(datum("2026-05-11"));
            assertThat(termijnen.van(PIP, moeder).uiterlijk()).isEqualTo(datum("2026-11-23"));
            assertThat(termijnen.van(INBURGERINGSTERMIJN, moeder).uiterlijk()).isEqualTo(datum("2029-09-14"));
        }

        @Test
        void keepsHouseholdTermijnenAtHouseholdBrpInschrijvingWhenNareizigerArrives() {
            var termijnen = huishouden(inburgeraar(BRP), nareiziger(datum("2026-09-14"))).op(BRP);

            assertThat(termijnen.uiterlijk(ONTZORGEN)).isEqualTo(datum("2026-09-02"));
            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2027-03-02"));
        }

        @Test
        void givesNoPipOrInburgeringstermijnToPersonWithoutInburgeringsplicht() {
            var termijnen = huishouden(kind(BRP)).op(BRP);

            assertThat(termijnen.heeft(PIP)).isFalse();
            assertThat(termijnen.heeft(INBURGERINGSTERMIJN)).isFalse();
        }

        @Test
        void marksPersonalTermijnenOnbekendWithoutBrpInschrijving() {
            var ahmad = inburgeraar(null);
            var termijnen = huishouden(ahmad).op(BRP);

            for (var soort : List.of(PIP, INBURGERINGSTERMIJN)) {
                var termijn = termijnen.van(soort, ahmad);
                assertThat(termijn.status()).isEqualTo(ONBEKEND);
                assertThat(termijn.uiterlijk()).isNull();
                assertThat(termijn.ontbreekt()).isEqualTo("traject.termijn.ontbreekt.brp-inschrijving");
            }
        }

        @Test
        void marksPipAfgerondWhenVastgesteldEvenAfterItsDueDate() {
            var ahmad = metPipVastgesteld(inburgeraar(BRP), datum("2026-05-20"));
            var termijn = huishouden(ahmad).op(datum("2026-06-01")).van(PIP, ahmad);

            assertThat(termijn.status()).isEqualTo(AFGEROND);
            assertThat(termijn.afgerondOp()).isEqualTo(datum("2026-05-20"));
            assertThat(termijn.uiterlijk()).isEqualTo(datum("2026-05-11"));
            assertThat(termijn.isOpen()).isFalse();
        }

        @Test
        void marksPipAfgerondWhenVastgesteldEvenWithoutBrpInschrijving() {
            var ahmad = metPipVastgesteld(inburgeraar(null), BRP);
            var termijn = huishouden(ahmad).op(BRP).van(PIP, ahmad);

            assertThat(termijn.status()).isEqualTo(AFGEROND);
            assertThat(termijn.uiterlijk()).isNull();
            assertThat(termijn.ontbreekt()).isNull();
        }

        @Test
        void marksInburgeringstermijnAfgerondWhenInburgeringAfgerond() {
            var ahmad = metInburgeringAfgerond(inburgeraar(BRP), datum("2028-06-30"));
            var termijn = huishouden(ahmad).op(datum("2028-07-01")).van(INBURGERINGSTERMIJN, ahmad);

            assertThat(termijn.status()).isEqualTo(AFGEROND);
            assertThat(termijn.afgerondOp()).isEqualTo(datum("2028-06-30"));
        }
    }

    @Nested
    class HouseholdTermijnen {

        @Test
        void takesHouseholdBrpInschrijvingAsEarliestAmongNonNareizigers() {
            var invoer = huishouden(nareiziger(datum("2026-02-01")), inburgeraar(datum("2026-03-05")),
                    kind(datum("2026-03-03")), inburgeraar(null)).invoer();

            assertThat(Termijnregels.datum(invoer, Startmoment.BRP_INSCHRIJVING)).isEqualTo(datum("2026-03-03"));
        }

        @Test
        void readsKoppelingHuisvestingAndVerhuizingFromHousehold() {
            var invoer = huishouden().koppeling(datum("2025-11-10")).huisvesting(datum("2026-01-15"))
                    .verhuizing(datum("2026-02-12")).invoer();

            assertThat(Termijnregels.datum(invoer, Startmoment.KOPPELING)).isEqualTo(datum("2025-11-10"));
            assertThat(Termijnregels.datum(invoer, Startmoment.HUISVESTING)).isEqualTo(datum("2026-01-15"));
            assertThat(Termijnregels.datum(invoer, Startmoment.VERHUIZING)).isEqualTo(datum("2026-02-12"));
        }

        @Test
        void setsOntzorgenEndFromHouseholdBrpInschrijving() {
            assertThat(huishouden(inburgeraar(BRP)).op(BRP).uiterlijk(ONTZORGEN)).isEqualTo(datum("2026-09-02"));
        }

        @Test
        void marksOntzorgenOnbekendWhenOnlyNareizigersAreRegistered() {
            var termijn = huishouden(nareiziger(BRP)).op(BRP).van(ONTZORGEN);

            assertThat(termijn.status()).isEqualTo(ONBEKEND);
            assertThat(termijn.ontbreekt()).isEqualTo("traject.termijn.ontbreekt.brp-inschrijving");
        }

        @Test
        void setsEindeBegeleidingFromTelVanafPlusBegeleidingMaanden() {
            assertThat(huishouden(inburgeraar(BRP)).op(BRP).uiterlijk(EINDE_BEGELEIDING))
                    .isEqualTo(datum("2027-03-02"));
        }

        @Test
        void plansAfsluitingVoorloopWekenBeforeEindeBegeleiding() {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(12).afsluitingWekenVooraf(6)).op(BRP);

            assertThat(termijnen.uiterlijk(AFSLUITING)).isEqualTo(datum("2027-01-19"));
        }

        @Test
        void plansAfsluitingOnEindeBegeleidingWithoutVoorloop() {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(12).afsluitingWekenVooraf(0)).op(BRP);

            assertThat(termijnen.uiterlijk(AFSLUITING)).isEqualTo(termijnen.uiterlijk(EINDE_BEGELEIDING));
        }

        @ParameterizedTest
        @CsvSource({
                "BRP_INSCHRIJVING, traject.termijn.ontbreekt.brp-inschrijving",
                "KOPPELING,        traject.termijn.ontbreekt.koppeling",
                "HUISVESTING,      traject.termijn.ontbreekt.huisvesting",
                "VERHUIZING,       traject.termijn.ontbreekt.verhuizing" })
        void marksEindeBegeleidingAndAfsluitingOnbekendNamingMissingTelVanafDate(Startmoment telVanaf,
                String sleutel) {
            var termijnen = huishouden(inburgeraar(null)).contract(begeleiding(12).vanaf(telVanaf)).op(BRP);

            for (var soort : List.of(EINDE_BEGELEIDING, AFSLUITING)) {
                assertThat(termijnen.van(soort).status()).isEqualTo(ONBEKEND);
                assertThat(termijnen.van(soort).uiterlijk()).isNull();
                assertThat(termijnen.van(soort).ontbreekt()).isEqualTo(sleutel);
            }
        }

        @Test
        void marksHouseholdTermijnenAfgerondWhenTrajectAfgerond() {
            var ahmad = inburgeraar(BRP);
            var termijnen = huishouden(ahmad).contract(begeleiding(12).fasen(fase("opstart", 17)))
                    .inFase("opstart", BRP).afgerondOp(datum("2026-12-01")).op(datum("2027-06-01"));

            for (var soort : List.of(EINDE_BEGELEIDING, AFSLUITING, ONTZORGEN, FASE)) {
                assertThat(termijnen.van(soort).status()).as("%s", soort).isEqualTo(AFGEROND);
                assertThat(termijnen.van(soort).afgerondOp()).isEqualTo(datum("2026-12-01"));
            }
            assertThat(termijnen.van(EINDE_BEGELEIDING).uiterlijk()).isEqualTo(datum("2027-03-02"));
            assertThat(termijnen.van(PIP, ahmad).status()).isEqualTo(VERLOPEN);
            assertThat(termijnen.van(INBURGERINGSTERMIJN, ahmad).status()).isEqualTo(OP_TIJD);
        }

        @Test
        void listsHouseholdTermijnenFirstThenPerPersonInInputOrder() {
            var eerste = inburgeraar(BRP);
            var tweede = nareiziger(datum("2026-09-14"));
            var termijnen = huishouden(eerste, kind(BRP), tweede)
                    .contract(begeleiding(12).fasen(fase("opstart", 17))).inFase("opstart", BRP).op(BRP).alle();

            assertThat(termijnen).extracting(Termijn::soort).containsExactly(EINDE_BEGELEIDING, AFSLUITING,
                    ONTZORGEN, FASE, PIP, INBURGERINGSTERMIJN, PIP, INBURGERINGSTERMIJN);
            assertThat(termijnen).extracting(Termijn::persoonId).containsExactly(null, null, null, null,
                    eerste.persoonId(), eerste.persoonId(), tweede.persoonId(), tweede.persoonId());
        }
    }

    @Nested
    class MonthArithmetic {

        @ParameterizedTest(name = "{0} + {1} months = {2}")
        @CsvSource({
                "2025-01-31,  1, 2025-02-28",
                "2024-01-31,  1, 2024-02-29",
                "2025-08-31,  6, 2026-02-28",
                "2023-08-31,  6, 2024-02-29",
                "2025-08-30,  6, 2026-02-28",
                "2025-11-30,  3, 2026-02-28",
                "2025-03-31,  1, 2025-04-30",
                "2024-02-29, 12, 2025-02-28",
                "2024-02-29, 48, 2028-02-29",
                "2024-02-29, 36, 2027-02-28",
                "2025-02-28,  1, 2025-03-28",
                "2025-02-28, 12, 2026-02-28" })
        void countsMonthsAsCalendarMonthsClampedToMonthEnd(LocalDate start, int maanden, LocalDate einde) {
            assertThat(huishouden(inburgeraar(start)).contract(begeleiding(maanden)).op(start)
                    .uiterlijk(EINDE_BEGELEIDING)).isEqualTo(einde);
        }

        @Test
        void addsVerlengingenAndDurationInOneStepWithoutCarryingAClampedMonthEnd() {
            var termijnen = huishouden(inburgeraar(datum("2024-01-31"))).contract(begeleiding(1)).verlengd(1)
                    .op(BRP);

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2024-03-31"));
        }

        @Test
        void addsOntzorgenMaandenAsCalendarMonths() {
            assertThat(huishouden(inburgeraar(datum("2025-08-31"))).op(BRP).uiterlijk(ONTZORGEN))
                    .isEqualTo(datum("2026-02-28"));
        }
    }

    @Nested
    class Verlengingen {

        @Test
        void extendsEindeBegeleidingByOneVerlenging() {
            assertThat(huishouden(inburgeraar(BRP)).verlengd(6).op(BRP).uiterlijk(EINDE_BEGELEIDING))
                    .isEqualTo(datum("2027-09-02"));
        }

        @Test
        void extendsEindeBegeleidingBySumOfVerlengingen() {
            assertThat(huishouden(inburgeraar(BRP)).verlengd(6, 3).op(BRP).uiterlijk(EINDE_BEGELEIDING))
                    .isEqualTo(datum("2027-12-02"));
        }

        @Test
        void movesAfsluitingWithVerlenging() {
            assertThat(huishouden(inburgeraar(BRP)).verlengd(6).op(BRP).uiterlijk(AFSLUITING))
                    .isEqualTo(datum("2027-08-05"));
        }

        @Test
        void refusesNegativeVerlenging() {
            assertThatIllegalArgumentException().isThrownBy(() -> huishouden().verlengd(-6).invoer());
        }
    }

    @Nested
    class VersionChoice {

        static final LocalDate WIJZIGING = datum("2020-01-01");

        final List<ContractVoorwaarden> tweeVersies = List.of(begeleiding(24).geldigVanaf(datum("2015-01-01")).build(),
                begeleiding(12).geldigVanaf(WIJZIGING).build());

        Integer maandenVoor(List<ContractVoorwaarden> versies, LocalDate peildatum) {
            return Termijnregels.kiesVoorwaarden(versies, peildatum, BRP).begeleidingMaanden();
        }

        @Test
        void choosesVoorwaardenValidFromPeildatumExactlyOnGeldigVanaf() {
            assertThat(maandenVoor(tweeVersies, WIJZIGING)).isEqualTo(12);
        }

        @Test
        void choosesEarlierVoorwaardenTheDayBeforeGeldigVanaf() {
            assertThat(maandenVoor(tweeVersies, datum("2019-12-31"))).isEqualTo(24);
        }

        @Test
        void choosesEarliestVoorwaardenWhenPeildatumIsBeforeAllVersions() {
            assertThat(maandenVoor(tweeVersies, datum("2010-06-01"))).isEqualTo(24);
        }

        @Test
        void choosesVoorwaardenWhateverTheOrderOfVersions() {
            assertThat(maandenVoor(List.of(tweeVersies.get(1), tweeVersies.get(0)), datum("2021-06-01"))).isEqualTo(12);
        }

        @Test
        void choosesVoorwaardenInForceTodayWhenPeildatumIsMissing() {
            var versies = List.of(begeleiding(24).geldigVanaf(datum("2015-01-01")).build(),
                    begeleiding(12).geldigVanaf(WIJZIGING).build(),
                    begeleiding(6).geldigVanaf(datum("2030-01-01")).build());

            assertThat(Termijnregels.kiesVoorwaarden(versies, null, BRP).begeleidingMaanden()).isEqualTo(12);
        }

        @Test
        void choosesVoorwaardenByPeildatumAndCountsFromTelVanaf() {
            var termijnen = huishouden(inburgeraar(BRP)).peildatum(Startmoment.HUISVESTING)
                    .contract(begeleiding(24).geldigVanaf(datum("2015-01-01")),
                            begeleiding(12).geldigVanaf(datum("2026-02-01")))
                    .huisvesting(datum("2026-01-20")).op(BRP);

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2028-03-02"));
        }

        @Test
        void choosesVoorwaardenInForceTodayWhenHouseholdLacksPeildatum() {
            var fixture = huishouden(inburgeraar(BRP)).peildatum(Startmoment.HUISVESTING)
                    .contract(begeleiding(24).geldigVanaf(datum("2015-01-01")),
                            begeleiding(12).geldigVanaf(datum("2026-06-01")));

            assertThat(fixture.op(BRP).uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2028-03-02"));
            assertThat(fixture.op(datum("2026-06-01")).uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2027-03-02"));
        }

        @Test
        void choosesGemeenteRegimePerPersoonByOwnBrpInschrijving() {
            var vader = inburgeraar(BRP);
            var moeder = nareiziger(datum("2026-06-01"));
            var termijnen = huishouden(vader, moeder).gemeente(regime(TijdlijnFixture.SINDS_ALTIJD, 10, 6, 36),
                    regime(datum("2026-06-01"), 8, 6, 36)).op(BRP);

            assertThat(termijnen.van(PIP, vader).uiterlijk()).isEqualTo(datum("2026-05-11"));
            assertThat(termijnen.van(PIP, moeder).uiterlijk()).isEqualTo(datum("2026-07-27"));
        }

        @Test
        void choosesGemeenteRegimeForHouseholdByHouseholdBrpInschrijving() {
            var termijnen = huishouden(inburgeraar(BRP), nareiziger(datum("2026-09-14")))
                    .gemeente(regime(TijdlijnFixture.SINDS_ALTIJD, 10, 6, 36), regime(BRP, 10, 12, 36),
                            regime(datum("2026-09-01"), 10, 3, 36))
                    .op(BRP);

            assertThat(termijnen.uiterlijk(ONTZORGEN)).isEqualTo(datum("2027-03-02"));
        }

        @Test
        void choosesGemeenteRegimeInForceTodayWhenBrpInschrijvingIsMissing() {
            var oud = regime(TijdlijnFixture.SINDS_ALTIJD, 10, 6, 36);
            var nieuw = regime(datum("2026-01-01"), 8, 6, 36);
            var toekomstig = regime(datum("2030-01-01"), 6, 6, 36);

            assertThat(Termijnregels.kiesGemeenteRegime(List.of(oud, nieuw, toekomstig), null, BRP)).isEqualTo(nieuw);
            assertThat(Termijnregels.kiesGemeenteRegime(List.of(oud, nieuw, toekomstig), datum("2025-12-31")))
                    .isEqualTo(oud);
        }

        @Test
        void refusesToChooseFromNoVersions() {
            assertThatIllegalArgumentException().isThrownBy(() -> Termijnregels.kiesVoorwaarden(List.of(), BRP, BRP));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> Termijnregels.kiesGemeenteRegime(List.of(), BRP, BRP));
        }
    }

    @Nested
    class Fasen {

        @Test
        void setsFaseTermijnFromFaseStartAndIndicatieWeken() {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(12).fasen(fase("opstart", 6)))
                    .inFase("opstart", datum("2026-03-10")).op(BRP);

            assertThat(termijnen.uiterlijk(FASE)).isEqualTo(datum("2026-04-21"));
        }

        @Test
        void givesNoFaseTermijnWithoutCurrentFase() {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(12).fasen(fase("opstart", 6))).op(BRP);

            assertThat(termijnen.heeft(FASE)).isFalse();
        }

        @Test
        void givesNoFaseTermijnWhenFaseHasNoIndicatieWeken() {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(12).fasen(fase("opstart", 6),
                    fase("verdere-begeleiding", null))).inFase("verdere-begeleiding", BRP).op(BRP);

            assertThat(termijnen.heeft(FASE)).isFalse();
        }

        @Test
        void givesNoFaseTermijnWhenFaseIsNotInContract() {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(12).fasen(fase("opstart", 6)))
                    .inFase("piezo-0", BRP).op(BRP);

            assertThat(termijnen.heeft(FASE)).isFalse();
        }

        @Test
        void marksFaseOnbekendWithoutFaseStart() {
            var termijn = huishouden(inburgeraar(BRP)).contract(begeleiding(12).fasen(fase("opstart", 6)))
                    .inFase("opstart", null).op(BRP).van(FASE);

            assertThat(termijn.status()).isEqualTo(ONBEKEND);
            assertThat(termijn.ontbreekt()).isEqualTo("traject.termijn.ontbreekt.fase-start");
        }
    }

    @Nested
    class Status {

        /** The status of a PIP due on BRP + 10 weeks (2026-05-11), looked at so many days before it is due. */
        TermijnStatus pipStatus(int dagenVoorUiterlijk, int binnenkortDagen) {
            var ahmad = inburgeraar(BRP);
            return huishouden(ahmad).binnenkortDagen(binnenkortDagen)
                    .op(datum("2026-05-11").minusDays(dagenVoorUiterlijk)).van(PIP, ahmad).status();
        }

        @Test
        void marksTermijnBinnenkortOnItsDueDate() {
            assertThat(pipStatus(0, 14)).isEqualTo(BINNENKORT);
        }

        @Test
        void marksTermijnVerlopenTheDayAfterItsDueDate() {
            assertThat(pipStatus(-1, 14)).isEqualTo(VERLOPEN);
        }

        @Test
        void marksTermijnBinnenkortOnTheLastDayOfTheWindow() {
            assertThat(pipStatus(14, 14)).isEqualTo(BINNENKORT);
        }

        @Test
        void marksTermijnOpTijdTheDayBeforeTheWindow() {
            assertThat(pipStatus(15, 14)).isEqualTo(OP_TIJD);
        }

        @Test
        void marksTermijnBinnenkortOnlyOnItsDueDateWithoutWindow() {
            assertThat(pipStatus(0, 0)).isEqualTo(BINNENKORT);
            assertThat(pipStatus(1, 0)).isEqualTo(OP_TIJD);
        }

        @Test
        void refusesNegativeBinnenkortDagen() {
            assertThatIllegalArgumentException().isThrownBy(() -> pipStatus(0, -1));
        }

        @ParameterizedTest
        @CsvSource({ "OP_TIJD, true", "BINNENKORT, true", "VERLOPEN, true", "AFGEROND, false", "GEEN_EINDE, false",
                "ONBEKEND, false" })
        void treatsOnlyTermijnenStillToBeMetAsOpen(TermijnStatus status, boolean open) {
            var termijn = termijn(status, BRP);

            assertThat(termijn.isOpen()).isEqualTo(open);
            assertThat(termijn.isVerlopen()).isEqualTo(status == VERLOPEN);
        }

        @Test
        void refusesTermijnThatContradictsItsStatus() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Termijn(FASE, null, null, ONBEKEND, null, null));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Termijn(FASE, null, null, OP_TIJD, null, null));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Termijn(FASE, null, BRP, AFGEROND, null, null));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Termijn(FASE, null, BRP, GEEN_EINDE, null, null));
        }

        @Test
        void refusesPersonalTermijnWithoutPersoonAndHouseholdTermijnWithPersoon() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Termijn(PIP, null, BRP, OP_TIJD, null, null));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Termijn(ONTZORGEN, UUID.randomUUID(), BRP, OP_TIJD, null, null));
        }
    }

    @Nested
    class Worklist {

        @Test
        void findsEerstvolgendeAsOpenTermijnDueFirstIncludingOverdue() {
            var verlopen = termijn(VERLOPEN, datum("2026-02-01"));
            var termijnen = List.of(termijn(OP_TIJD, datum("2026-06-01")), termijn(AFGEROND, datum("2025-01-01")),
                    verlopen, termijn(BINNENKORT, datum("2026-03-10")));

            assertThat(Termijnregels.eerstvolgende(termijnen)).containsSame(verlopen);
        }

        @Test
        void findsNoEerstvolgendeWhenNothingIsOpen() {
            var termijnen = List.of(termijn(AFGEROND, BRP), termijn(GEEN_EINDE, BRP), termijn(ONBEKEND, BRP));

            assertThat(Termijnregels.eerstvolgende(termijnen)).isEmpty();
        }

        @Test
        void countsVerlopenTermijnen() {
            var termijnen = List.of(termijn(VERLOPEN, BRP), termijn(BINNENKORT, BRP), termijn(VERLOPEN, BRP),
                    termijn(AFGEROND, BRP));

            assertThat(Termijnregels.aantalVerlopen(termijnen)).isEqualTo(2);
        }

        @Test
        void findsEerstvolgendeInComputedTermijnen() {
            var ahmad = inburgeraar(BRP);
            var termijnen = huishouden(ahmad).op(BRP).alle();

            assertThat(Termijnregels.eerstvolgende(termijnen)).hasValueSatisfying(termijn -> {
                assertThat(termijn.soort()).isEqualTo(PIP);
                assertThat(termijn.uiterlijk()).isEqualTo(datum("2026-05-11"));
            });
            assertThat(Termijnregels.aantalVerlopen(termijnen)).isZero();
        }
    }

    /** One test per regime of the domain brief §5. */
    @Nested
    class Regimes {

        /** A contract of so many months that allows one extension; the planned end without and with it. */
        void assertEindeZonderEnMetVerlenging(LocalDate brp, int maanden, int verlenging, String zonder, String met) {
            var fixture = huishouden(inburgeraar(brp)).contract(begeleiding(maanden).verlengbaarMet(verlenging));

            assertThat(fixture.op(BRP).uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum(zonder));
            assertThat(fixture.verlengd(verlenging).op(BRP).uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum(met));
        }

        @Test
        void denHaagGuidesOneYearFromBrpWithFourMonthOpstart() {
            var termijnen = huishouden(inburgeraar(BRP))
                    .contract(begeleiding(12).fasen(fase("opstart", 17), fase("verdere-begeleiding", null)))
                    .inFase("opstart", BRP).op(BRP);

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2027-03-02"));
            assertThat(termijnen.uiterlijk(AFSLUITING)).isEqualTo(datum("2027-02-02"));
            assertThat(termijnen.uiterlijk(FASE)).isEqualTo(datum("2026-06-29"));
        }

        @Test
        void groningenGuidesThreeYearsFromKoppeling() {
            var termijnen = huishouden(inburgeraar(datum("2026-01-20"))).koppeling(datum("2025-11-10"))
                    .peildatum(Startmoment.KOPPELING).contract(begeleiding(36).vanaf(Startmoment.KOPPELING))
                    .op(BRP);

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2028-11-10"));
            assertThat(termijnen.uiterlijk(ONTZORGEN)).isEqualTo(datum("2026-07-20"));
        }

        @Test
        void heerenveenGuidesThreeYearsWithThreeMonthOpstartAndHalfYearVerlenging() {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(36).verlengbaarMet(6)
                    .fasen(fase("opstart", 13), fase("verdere-begeleiding", null))).inFase("opstart", BRP)
                    .verlengd(6).op(BRP);

            assertThat(termijnen.uiterlijk(FASE)).isEqualTo(datum("2026-06-01"));
            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2029-09-02"));
        }

        @Test
        void roermondGuidesSixMonthsWithEindgesprekTwoWeeksBefore() {
            var termijnen = huishouden(inburgeraar(datum("2026-01-12")))
                    .contract(begeleiding(6).afsluitingWekenVooraf(2)).op(BRP);

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2026-07-12"));
            assertThat(termijnen.uiterlijk(AFSLUITING)).isEqualTo(datum("2026-06-28"));
        }

        @ParameterizedTest(name = "fase {0} started {1} ends {2}")
        @CsvSource({
                "opstart,             2026-03-02, 2026-06-01",
                "verdere-begeleiding, 2026-06-01, 2027-11-29",
                "afronding,           2027-12-02, 2028-03-02" })
        void rotterdamGuidesTwoYearsInThreeFasen(String fase, LocalDate start, LocalDate indicatiefEinde) {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(24).afsluitingWekenVooraf(13)
                    .fasen(fase("opstart", 13), fase("verdere-begeleiding", 78), fase("afronding", 13)))
                    .inFase(fase, start).op(BRP);

            assertThat(termijnen.uiterlijk(FASE)).isEqualTo(indicatiefEinde);
            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2028-03-02"));
            assertThat(termijnen.uiterlijk(AFSLUITING)).isEqualTo(datum("2027-12-02"));
        }

        @Test
        void tholenHasNoFormalEndAndSixWeekOpstart() {
            var termijnen = huishouden(inburgeraar(BRP))
                    .contract(begeleiding(null).fasen(fase("opstart", 6), fase("verdere-begeleiding", null)))
                    .inFase("opstart", BRP).op(BRP);

            assertThat(termijnen.uiterlijk(FASE)).isEqualTo(datum("2026-04-13"));
            for (var soort : List.of(EINDE_BEGELEIDING, AFSLUITING)) {
                assertThat(termijnen.van(soort).status()).isEqualTo(GEEN_EINDE);
                assertThat(termijnen.van(soort).uiterlijk()).isNull();
                assertThat(termijnen.van(soort).isOpen()).isFalse();
            }
        }

        @Test
        void tholenIsNeverOverdueEvenDecadesLater() {
            var termijnen = huishouden(inburgeraar(BRP)).contract(begeleiding(null)).verlengd(6)
                    .op(datum("2076-03-02"));

            assertThat(termijnen.van(EINDE_BEGELEIDING).status()).isEqualTo(GEEN_EINDE);
            assertThat(termijnen.van(AFSLUITING).status()).isEqualTo(GEEN_EINDE);
            assertThat(Termijnregels.aantalVerlopen(termijnen.alle())).isEqualTo(3);
        }

        @Test
        void tholenHasNoEndEvenWithoutItsCountFromDate() {
            var termijnen = huishouden(inburgeraar(null)).contract(begeleiding(null).vanaf(Startmoment.HUISVESTING))
                    .op(BRP);

            assertThat(termijnen.van(EINDE_BEGELEIDING).status()).isEqualTo(GEEN_EINDE);
        }

        @Test
        void tholenTrajectAfgerondIsAfgerondRatherThanGeenEinde() {
            var termijn = huishouden(inburgeraar(BRP)).contract(begeleiding(null)).afgerondOp(datum("2029-01-15"))
                    .op(datum("2029-02-01")).van(EINDE_BEGELEIDING);

            assertThat(termijn.status()).isEqualTo(AFGEROND);
            assertThat(termijn.uiterlijk()).isNull();
            assertThat(termijn.afgerondOp()).isEqualTo(datum("2029-01-15"));
        }

        @Test
        void woerdenGuidesOneYearPlusHalfYearVerlengingToEndOfFebruary() {
            assertEindeZonderEnMetVerlenging(datum("2025-08-31"), 12, 6, "2026-08-31", "2027-02-28");
        }

        @Test
        void zaffierGuidesOneYearPlusHalfYearVerlenging() {
            assertEindeZonderEnMetVerlenging(BRP, 12, 6, "2027-03-02", "2027-09-02");
        }

        @Test
        void utrechtGuidesThreeYearsEndingWithInburgeringstermijn() {
            var ahmad = inburgeraar(BRP);
            var termijnen = huishouden(ahmad).contract(begeleiding(36)).op(BRP);

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2029-03-02"))
                    .isEqualTo(termijnen.van(INBURGERINGSTERMIJN, ahmad).uiterlijk());
        }

        @Test
        void tynaarloGuidesEighteenMonthsFromHuisvesting() {
            var termijnen = huishouden(inburgeraar(datum("2026-01-29"))).huisvesting(datum("2026-01-15"))
                    .verhuizing(datum("2026-02-12")).contract(begeleiding(18).vanaf(Startmoment.HUISVESTING))
                    .op(BRP);

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2027-07-15"));
        }

        @Test
        void deBevelandenGuidesTwoYearsPlusOneYearVerlenging() {
            assertEindeZonderEnMetVerlenging(BRP, 24, 12, "2028-03-02", "2029-03-02");
        }

        @Test
        void dongenGuidesNineMonthsFromHuisvesting() {
            var termijnen = huishouden(inburgeraar(datum("2020-06-10"))).huisvesting(datum("2020-05-31"))
                    .contract(begeleiding(9).vanaf(Startmoment.HUISVESTING)).op(datum("2020-06-10"));

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2021-02-28"));
        }

        @Test
        void mookEnMiddellaarGuidesTwoYearsFromHuisvesting() {
            var termijnen = huishouden(inburgeraar(BRP)).huisvesting(datum("2026-02-16"))
                    .contract(begeleiding(24).vanaf(Startmoment.HUISVESTING)).op(BRP);

            assertThat(termijnen.uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2028-02-16"));
        }

        TijdlijnFixture haarlemHuisvestOp(LocalDate huisvesting) {
            return huishouden(inburgeraar(huisvesting.plusDays(10))).huisvesting(huisvesting)
                    .peildatum(Startmoment.HUISVESTING)
                    .contract(begeleiding(24).vanaf(Startmoment.HUISVESTING).geldigVanaf(datum("2015-01-01")),
                            begeleiding(12).vanaf(Startmoment.HUISVESTING).geldigVanaf(datum("2020-01-01")));
        }

        @Test
        void haarlemKeepsTwoYearsForHouseholdHousedBefore2020() {
            assertThat(haarlemHuisvestOp(datum("2019-12-31")).op(datum("2020-01-15")).uiterlijk(EINDE_BEGELEIDING))
                    .isEqualTo(datum("2021-12-31"));
        }

        @Test
        void haarlemGivesOneYearToHouseholdHousedFrom2020() {
            assertThat(haarlemHuisvestOp(datum("2020-01-01")).op(datum("2020-01-15")).uiterlijk(EINDE_BEGELEIDING))
                    .isEqualTo(datum("2021-01-01"));
        }
    }

    /** Issue 17 point 10: the latest possible end, and a contract that counts from the move-in, not the offer. */
    @Nested
    class UitersteEindeEnVerhuizing {

        @Test
        void givesLatestPossibleEndAsPlannedEndPlusMaximumExtension() {
            var huishouden = huishouden(inburgeraar(BRP)).contract(begeleiding(12).verlengbaarMet(6));
            assertThat(huishouden.uitersteEinde(BRP)).contains(datum("2027-09-02"));
            assertThat(huishouden.op(BRP).uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2027-03-02"));
        }

        @Test
        void keepsLatestPossibleEndWhenPartOfTheExtensionIsGranted() {
            assertThat(huishouden(inburgeraar(BRP)).verlengd(3).contract(begeleiding(12).verlengbaarMet(6))
                    .uitersteEinde(BRP)).contains(datum("2027-09-02"));
        }

        @Test
        void givesLatestPossibleEndEqualToPlannedEndWithoutExtension() {
            assertThat(huishouden(inburgeraar(BRP)).uitersteEinde(BRP)).contains(datum("2027-03-02"));
        }

        @Test
        void givesNoLatestPossibleEndWithoutFormalEndOrCountFromDate() {
            assertThat(huishouden(inburgeraar(BRP)).contract(begeleiding(null).verlengbaarMet(6)).uitersteEinde(BRP))
                    .isEmpty();
            assertThat(huishouden(inburgeraar(null)).contract(begeleiding(12).verlengbaarMet(6)).uitersteEinde(BRP))
                    .isEmpty();
        }

        TijdlijnFixture haarlemVerhuisdOp(LocalDate aanbod, LocalDate verhuizing) {
            return huishouden(inburgeraar(verhuizing.minusDays(14))).huisvesting(aanbod).verhuizing(verhuizing)
                    .peildatum(Startmoment.VERHUIZING)
                    .contract(begeleiding(24).vanaf(Startmoment.VERHUIZING).geldigVanaf(datum("2015-01-01")),
                            begeleiding(12).vanaf(Startmoment.VERHUIZING).geldigVanaf(datum("2020-01-01")));
        }

        @Test
        void countsFromTheMoveInWhenTheContractSaysSoNotFromTheOffer() {
            // offered a home in November 2019, moved in on 6 January 2020: housed in 2020, so one year from the move
            assertThat(haarlemVerhuisdOp(datum("2019-11-20"), datum("2020-01-06")).op(datum("2020-01-15"))
                    .uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2021-01-06"));
        }

        @Test
        void countsFromTheOfferWhenTheContractSaysSo() {
            assertThat(huishouden(inburgeraar(datum("2020-01-06"))).huisvesting(datum("2019-11-20"))
                    .verhuizing(datum("2020-01-06")).peildatum(Startmoment.HUISVESTING)
                    .contract(begeleiding(24).vanaf(Startmoment.HUISVESTING).geldigVanaf(datum("2015-01-01")),
                            begeleiding(12).vanaf(Startmoment.HUISVESTING).geldigVanaf(datum("2020-01-01")))
                    .op(datum("2020-01-15")).uiterlijk(EINDE_BEGELEIDING)).isEqualTo(datum("2021-11-20"));
        }

        @Test
        void namesTheMissingMoveInWhileTheHouseholdStillWaitsToMove() {
            var termijn = huishouden(inburgeraar(BRP)).huisvesting(BRP)
                    .contract(begeleiding(12).vanaf(Startmoment.VERHUIZING)).op(BRP).van(EINDE_BEGELEIDING);
            assertThat(termijn.status()).isEqualTo(ONBEKEND);
            assertThat(termijn.ontbreekt()).isEqualTo("traject.termijn.ontbreekt.verhuizing");
        }
    }
}
