package nl.wegwijs.zelfredzaamheid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.wegwijs.system.DomeinFout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The instrument, scale and rules without a database. */
class ZelfredzaamheidsregelsTests {

    static final LocalDate VANDAAG = LocalDate.of(2026, 12, 7);

    static final Schaal SCHAAL = new Schaal(List.of(new Niveau(1, "Niet zelfredzaam", "a"),
            new Niveau(2, "Matig zelfredzaam", "b"), new Niveau(3, "Redelijk zelfredzaam", "c"),
            new Niveau(4, "Voldoende zelfredzaam", "d"), new Niveau(5, "Volledig zelfredzaam", "e")));

    final Onderdeel huur = new Onderdeel(UUID.randomUUID(), 1, "Rechten en plichten", "x", List.of());
    final Onderdeel meter = new Onderdeel(UUID.randomUUID(), 2, "Nutsbedrijven", "x", List.of());
    final Domein wonen = new Domein(UUID.randomUUID(), 1, "Wonen", "veilig", List.of(huur, meter));
    final Domein netwerk = new Domein(UUID.randomUUID(), 2, "Sociaal netwerk", null, List.of());
    final Instrument instrument = new Instrument(UUID.randomUUID(), "T", "Test", null, false, SCHAAL,
            List.of(wonen, netwerk));
    final Instelling alles = new Instelling(UUID.randomUUID(), instrument.id(), Set.of(), List.of(3, 8, 12), 6, true,
            null, 0, 0, true);

    Meting meting(LocalDate op, Score... scores) {
        return new Meting(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), instrument.id(),
                op, Metingsoort.VERVOLG, null, List.of(scores), UUID.randomUUID(), Instant.now(), 1);
    }

    @Test
    void aScaleRunsFromOneWithoutGapsAndItsDefaultThresholdIsTheLevelNamedVoldoende() {
        assertThat(SCHAAL.max()).isEqualTo(5);
        assertThat(SCHAAL.voldoende()).isEqualTo(4);
        assertThat(SCHAAL.bevat(0)).isFalse();
        assertThat(SCHAAL.bevat(6)).isFalse();
        assertThat(SCHAAL.naam(2)).isEqualTo("Matig zelfredzaam");
        assertThatThrownBy(() -> new Schaal(List.of(new Niveau(1, "a", "a"), new Niveau(3, "c", "c"))))
            .isInstanceOf(IllegalArgumentException.class);
        // without a level named voldoende: the one below the top
        assertThat(new Schaal(List.of(new Niveau(1, "laag", ""), new Niveau(2, "midden", ""), new Niveau(3, "hoog", "")))
            .voldoende()).isEqualTo(2);
    }

    @Test
    void aDomainIsScoredOnItsComponentsOrAsAWhole() {
        assertThat(wonen.items()).containsExactly(huur.id(), meter.id());
        assertThat(netwerk.items()).containsExactly(netwerk.id());
        assertThat(instrument.itemNaam(meter.id())).isEqualTo("Wonen – Nutsbedrijven");
        assertThat(instrument.aantalOnderdelen()).isEqualTo(2);
    }

    @Test
    void refusesLevelsOutsideTheScaleFutureDatesUnknownAndDoubleItems() {
        assertThatThrownBy(() -> Zelfredzaamheidsregels.valideer(instrument, alles, VANDAAG, VANDAAG,
                List.of(Score.niveau(huur.id(), 6, null)), null))
            .isInstanceOf(DomeinFout.class).hasMessage("zelfredzaamheid.fout.niveau-buiten-schaal");
        assertThatThrownBy(() -> Zelfredzaamheidsregels.valideer(instrument, alles, VANDAAG, VANDAAG,
                List.of(Score.niveau(huur.id(), 0, null)), null))
            .hasMessage("zelfredzaamheid.fout.niveau-buiten-schaal");
        assertThatThrownBy(() -> Zelfredzaamheidsregels.valideer(instrument, alles, VANDAAG.plusDays(1), VANDAAG,
                List.of(Score.niveau(huur.id(), 3, null)), null))
            .hasMessage("zelfredzaamheid.fout.toekomst");
        assertThatThrownBy(() -> Zelfredzaamheidsregels.valideer(instrument, alles, VANDAAG, VANDAAG,
                List.of(Score.niveau(wonen.id(), 3, null)), null))
            .hasMessage("zelfredzaamheid.fout.onbekend-item"); // a domain with components is scored on them
        assertThatThrownBy(() -> Zelfredzaamheidsregels.valideer(instrument, alles, VANDAAG, VANDAAG,
                List.of(Score.niveau(huur.id(), 3, null), Score.niveau(huur.id(), 4, null)), null))
            .hasMessage("zelfredzaamheid.fout.dubbel");
        assertThatThrownBy(() -> Zelfredzaamheidsregels.valideer(instrument, alles, VANDAAG, VANDAAG, List.of(),
                null)).hasMessage("zelfredzaamheid.fout.geen-score");
        assertThatThrownBy(() -> Zelfredzaamheidsregels.valideer(instrument, alles, VANDAAG, VANDAAG,
                List.of(new Score(huur.id(), Scorestatus.GEREALISEERD, 3, null)), null))
            .hasMessage("zelfredzaamheid.fout.niveau-bij-status");
        Instelling zonderNetwerk = new Instelling(alles.contractId(), instrument.id(), Set.of(wonen.id()),
                List.of(6), 6, true, null, 0, 1, false);
        assertThatThrownBy(() -> Zelfredzaamheidsregels.valideer(instrument, zonderNetwerk, VANDAAG, VANDAAG,
                List.of(Score.niveau(netwerk.id(), 3, null)), null))
            .hasMessage("zelfredzaamheid.fout.onbekend-item");
        Zelfredzaamheidsregels.valideer(instrument, alles, VANDAAG, VANDAAG, List.of(Score.niveau(huur.id(), 5,
                Wijze.ALLEEN), new Score(meter.id(), Scorestatus.NIET_VAN_TOEPASSING, null, null)), "goed gesprek");
    }

    @Test
    void enoughIsAtLeastVoldoendeOnEveryApplicableItemRealisedCountsNotApplicableDoesNot() {
        Meting m = meting(VANDAAG, Score.niveau(huur.id(), 4, null),
                new Score(meter.id(), Scorestatus.GEREALISEERD, null, null),
                new Score(netwerk.id(), Scorestatus.NIET_VAN_TOEPASSING, null, null));
        assertThat(Zelfredzaamheidsregels.genoeg(instrument, alles, m)).isTrue();
        assertThat(Zelfredzaamheidsregels.domeinNiveau(wonen, m, SCHAAL)).isEqualTo(4);
        assertThat(Zelfredzaamheidsregels.domeinNiveau(netwerk, m, SCHAAL)).isNull();
        assertThat(Zelfredzaamheidsregels.nietVanToepassing(netwerk, m)).isTrue();

        Meting laag = meting(VANDAAG, Score.niveau(huur.id(), 3, null), Score.niveau(meter.id(), 5, null),
                Score.niveau(netwerk.id(), 2, null));
        assertThat(Zelfredzaamheidsregels.tekort(instrument, alles, laag))
            .containsExactly("Wonen – Rechten en plichten", "Sociaal netwerk");
        assertThat(Zelfredzaamheidsregels.genoeg(instrument, alles, laag)).isFalse();
        assertThat(Zelfredzaamheidsregels.domeinNiveau(wonen, laag, SCHAAL)).isEqualTo(3); // the lowest component

        // a contract's own rule: level 3, one item may stay below
        Instelling mild = new Instelling(alles.contractId(), instrument.id(), Set.of(), List.of(6), 6, true, 3, 1, 1,
                false);
        assertThat(Zelfredzaamheidsregels.tekort(instrument, mild, laag)).containsExactly("Sociaal netwerk");
        assertThat(Zelfredzaamheidsregels.genoeg(instrument, mild, laag)).isTrue();
        // a switched-off domain does not count
        Instelling alleenWonen = new Instelling(alles.contractId(), instrument.id(), Set.of(wonen.id()), List.of(6),
                6, true, 3, 0, 1, false);
        assertThat(Zelfredzaamheidsregels.genoeg(instrument, alleenWonen, laag)).isTrue();
    }

    @Test
    void stagnationIsNoItemGoingUpBetweenTwoMeasurementsWhileNotEnough() {
        Meting eerste = meting(VANDAAG.minusMonths(5), Score.niveau(huur.id(), 2, null),
                Score.niveau(meter.id(), 3, null));
        Meting gelijk = meting(VANDAAG, Score.niveau(huur.id(), 2, null), Score.niveau(meter.id(), 2, null));
        Meting beter = meting(VANDAAG, Score.niveau(huur.id(), 3, null), Score.niveau(meter.id(), 2, null));
        Meting genoeg = meting(VANDAAG, Score.niveau(huur.id(), 4, null), Score.niveau(meter.id(), 4, null),
                Score.niveau(netwerk.id(), 4, null));
        assertThat(Zelfredzaamheidsregels.stagnatie(instrument, alles, eerste, gelijk)).isTrue();
        assertThat(Zelfredzaamheidsregels.stagnatie(instrument, alles, eerste, beter)).isFalse();
        assertThat(Zelfredzaamheidsregels.stagnatie(instrument, alles, null, gelijk)).isFalse();
        assertThat(Zelfredzaamheidsregels.stagnatie(instrument, alles, eerste, genoeg)).isFalse();
        // nothing in common to compare: no stagnation
        assertThat(Zelfredzaamheidsregels.stagnatie(instrument, alles, eerste,
                meting(VANDAAG, Score.niveau(netwerk.id(), 2, null)))).isFalse();
    }

    @Test
    void theLowestLevelIsASignalOnlyOnAScoredApplicableItem() {
        assertThat(Zelfredzaamheidsregels.laagsteNiveau(instrument, alles,
                meting(VANDAAG, Score.niveau(huur.id(), 1, null)))).isTrue();
        assertThat(Zelfredzaamheidsregels.laagsteNiveau(instrument, alles,
                meting(VANDAAG, Score.niveau(huur.id(), 2, null),
                        new Score(meter.id(), Scorestatus.NIET_VAN_TOEPASSING, null, null)))).isFalse();
    }

    @Test
    void theNextMeasurementIsTheBaselineThenTheFirstMomentNotYetCovered() {
        LocalDate start = LocalDate.of(2026, 1, 10);
        assertThat(Zelfredzaamheidsregels.volgendeMeting(null, false, alles, List.of())).isNull();
        assertThat(Zelfredzaamheidsregels.volgendeMeting(start, true, alles, List.of())).isNull();
        assertThat(Zelfredzaamheidsregels.volgendeMeting(start, false, alles, List.of()))
            .isEqualTo(LocalDate.of(2026, 2, 21)); // 6 weeks
        assertThat(Zelfredzaamheidsregels.volgendeMeting(start, false, alles, List.of(LocalDate.of(2026, 2, 1))))
            .isEqualTo(LocalDate.of(2026, 4, 10)); // 3 months
        // a measurement up to 30 days before a moment covers it
        assertThat(Zelfredzaamheidsregels.volgendeMeting(start, false, alles,
                List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 20)))).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(Zelfredzaamheidsregels.volgendeMeting(start, false, alles,
                List.of(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 5)))).isNull();
        assertThat(Zelfredzaamheidsregels.geplandeMomenten(start, alles)).hasSize(4);
    }
}
