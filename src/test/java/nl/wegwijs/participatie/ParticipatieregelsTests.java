package nl.wegwijs.participatie;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.system.DomeinFout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of phases and placements, without a database: overlap, dual route, dates, hours, language level. */
class ParticipatieregelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 10);
    static final UUID PERSOON = UUID.randomUUID();

    static FasePeriode periode(PiezoFase fase, LocalDate van, @Nullable LocalDate tot) {
        return new FasePeriode(FaseId.nieuw(), new HuishoudenId(UUID.randomUUID()), PERSOON, fase, van, tot, null,
                UUID.randomUUID(), Instant.now(), 1);
    }

    static LocalDate d(int maand, int dag) {
        return LocalDate.of(2026, maand, dag);
    }

    @Test
    void periodsOverlapWhenTheyShareADayAndAnOpenEndRunsForever() {
        assertThat(Participatieregels.overlappen(d(1, 1), d(1, 31), d(1, 31), d(2, 10))).isTrue();
        assertThat(Participatieregels.overlappen(d(1, 1), d(1, 31), d(2, 1), d(2, 10))).isFalse();
        assertThat(Participatieregels.overlappen(d(2, 1), null, d(1, 1), d(1, 31))).isFalse();
        assertThat(Participatieregels.overlappen(d(2, 1), null, d(5, 1), d(5, 2))).isTrue();
        assertThat(Participatieregels.overlappen(d(1, 1), null, d(3, 1), null)).isTrue();
        assertThat(Participatieregels.overlappen(d(3, 1), d(3, 5), d(1, 1), null)).isTrue();
    }

    @Test
    void theSamePhaseTwiceAtOnceIsRefusedButAnotherPhaseOrALaterPeriodIsFine() {
        FasePeriode taal = periode(PiezoFase.MEEDOEN_EN_TAAL, d(1, 1), null);
        FasePeriode basis = periode(PiezoFase.BASIS_OP_ORDE, d(1, 1), d(1, 31));
        List<FasePeriode> bestaande = List.of(taal, basis);
        assertThatThrownBy(() -> Participatieregels.vereisGeenOverlap(bestaande, PiezoFase.MEEDOEN_EN_TAAL, d(3, 1),
                null, null)).isInstanceOf(DomeinFout.class).hasMessage("participatie.fase.overlap");
        assertThatThrownBy(() -> Participatieregels.vereisGeenOverlap(bestaande, PiezoFase.BASIS_OP_ORDE, d(1, 31),
                d(2, 5), null)).hasMessage("participatie.fase.overlap");
        assertThatCode(() -> Participatieregels.vereisGeenOverlap(bestaande, PiezoFase.BASIS_OP_ORDE, d(2, 1), null,
                null)).doesNotThrowAnyException();
        assertThatCode(() -> Participatieregels.vereisGeenOverlap(bestaande, PiezoFase.VRIJWILLIGERSWERK_OF_STAGE,
                d(2, 1), null, null)).doesNotThrowAnyException();
        // a period does not overlap itself when its end is moved
        assertThatCode(() -> Participatieregels.vereisGeenOverlap(bestaande, PiezoFase.MEEDOEN_EN_TAAL, d(1, 1),
                d(2, 1), taal.id())).doesNotThrowAnyException();
    }

    @Test
    void aDualRouteIsTwoOrMorePhasesRunningTodayNotEndedOrPlannedOnes() {
        FasePeriode basis = periode(PiezoFase.BASIS_OP_ORDE, d(1, 1), d(2, 28));
        FasePeriode taal = periode(PiezoFase.MEEDOEN_EN_TAAL, d(1, 15), null);
        FasePeriode vrijwilligerswerk = periode(PiezoFase.VRIJWILLIGERSWERK_OF_STAGE, d(3, 1), null);
        FasePeriode gepland = periode(PiezoFase.NAAR_WERK_OF_OPLEIDING, d(6, 1), null);
        assertThat(Participatieregels.duaal(List.of(basis, taal), VANDAAG)).isFalse();
        assertThat(Participatieregels.duaal(List.of(basis, taal), d(2, 1))).isTrue();
        assertThat(Participatieregels.duaal(List.of(basis, taal, vrijwilligerswerk, gepland), VANDAAG)).isTrue();
        assertThat(Participatieregels.huidigeFasen(List.of(basis, taal, vrijwilligerswerk, gepland), VANDAAG))
            .containsExactly(PiezoFase.MEEDOEN_EN_TAAL, PiezoFase.VRIJWILLIGERSWERK_OF_STAGE);
        // the last day of a period still counts
        assertThat(Participatieregels.duaal(List.of(basis, taal), d(2, 28))).isTrue();
        assertThat(Participatieregels.duaal(List.of(basis, taal), d(3, 1))).isFalse();
    }

    @Test
    void datesStayInASaneRangeAndAnEndIsNotBeforeTheStart() {
        assertThatThrownBy(() -> Participatieregels.vereisStart(VANDAAG.minusYears(10).minusDays(1), VANDAAG))
            .hasMessage("participatie.van.te-oud");
        assertThatThrownBy(() -> Participatieregels.vereisStart(VANDAAG.plusYears(2).plusDays(1), VANDAAG))
            .hasMessage("participatie.van.te-ver");
        assertThatCode(() -> Participatieregels.vereisStart(VANDAAG.minusYears(10), VANDAAG))
            .doesNotThrowAnyException();
        assertThatThrownBy(() -> Participatieregels.vereisEinde(d(3, 1), d(2, 28), VANDAAG))
            .hasMessage("participatie.tot.voor-van");
        assertThatCode(() -> Participatieregels.vereisEinde(d(3, 1), d(3, 1), VANDAAG)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Participatieregels.vereisEinde(d(3, 1), VANDAAG.plusYears(3), VANDAAG))
            .hasMessage("participatie.tot.te-ver");
    }

    @Test
    void hoursAreOneToFortyAndALanguageLevelIsPassedOnOnlyWithAgreement() {
        assertThatThrownBy(() -> Participatieregels.vereisUren(0)).hasMessage("participatie.uren.bereik");
        assertThatThrownBy(() -> Participatieregels.vereisUren(41)).hasMessage("participatie.uren.bereik");
        assertThatCode(() -> Participatieregels.vereisUren(1)).doesNotThrowAnyException();
        assertThatCode(() -> Participatieregels.vereisUren(40)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Participatieregels.vereisTaalniveau(Taalniveau.A2, false))
            .hasMessage("participatie.taalniveau.geen-akkoord");
        assertThatCode(() -> Participatieregels.vereisTaalniveau(Taalniveau.A2, true)).doesNotThrowAnyException();
        assertThatCode(() -> Participatieregels.vereisTaalniveau(null, false)).doesNotThrowAnyException();
    }

    @Test
    void aPlacementNeedsAHostAndTrimsItsTexts() {
        PlaatsingGegevens zonder = new PlaatsingGegevens(PERSOON, PlaatsingSoort.STAGE, "  ", null, 8, d(3, 1), null,
                null, false, false, null);
        assertThatThrownBy(() -> Participatieregels.vereisPlaatsing(zonder, VANDAAG))
            .hasMessage("participatie.organisatie.leeg");
        PlaatsingGegevens g = new PlaatsingGegevens(PERSOON, PlaatsingSoort.STAGE, " Garage Bakker ", " ", 16,
                d(3, 1), d(2, 1), null, false, false, null);
        assertThatThrownBy(() -> Participatieregels.vereisPlaatsing(g, VANDAAG))
            .hasMessage("participatie.gepland-einde.voor-start");
        PlaatsingGegevens goed = Participatieregels.vereisPlaatsing(new PlaatsingGegevens(PERSOON,
                PlaatsingSoort.STAGE, " Garage Bakker ", " ", 16, d(3, 1), d(6, 1), null, false, false, ""), VANDAAG);
        assertThat(goed.organisatie()).isEqualTo("Garage Bakker");
        assertThat(goed.contactpersoon()).isNull();
        assertThat(goed.notitie()).isNull();
    }

    @Test
    void theTimelinePlacesEachPeriodBetweenTheFirstStartAndTodayOneRowPerPhase() {
        FasePeriode basis = periode(PiezoFase.BASIS_OP_ORDE, VANDAAG.minusDays(99), VANDAAG.minusDays(50));
        FasePeriode taal = periode(PiezoFase.MEEDOEN_EN_TAAL, VANDAAG.minusDays(49), null);
        Participatie.Tijdlijn t = Participatie.Tijdlijn.van(List.of(basis, taal), VANDAAG);
        assertThat(t.begin()).isEqualTo(VANDAAG.minusDays(99));
        assertThat(t.einde()).isEqualTo(VANDAAG);
        assertThat(t.rijen()).extracting(Participatie.Rij::fase)
            .containsExactly(PiezoFase.BASIS_OP_ORDE, PiezoFase.MEEDOEN_EN_TAAL);
        Participatie.Balk eerste = t.rijen().get(0).balken().get(0);
        Participatie.Balk tweede = t.rijen().get(1).balken().get(0);
        assertThat(eerste.links()).isZero();
        assertThat(eerste.breedte()).isEqualTo(50);
        assertThat(eerste.loopt()).isFalse();
        assertThat(tweede.links()).isEqualTo(50);
        assertThat(tweede.breedte()).isEqualTo(50);
        assertThat(tweede.loopt()).isTrue();
        assertThat(tweede.stijl()).isEqualTo("left:50%;width:50%");
        assertThat(Participatie.Tijdlijn.van(List.of(), VANDAAG).leeg()).isTrue();
    }
}
