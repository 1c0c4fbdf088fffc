package nl.wegwijs.ontzorgen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Ontzorgen against PostgreSQL: the budgetcoach records, every role's access (read by guides, regievoerder only with
 * consent, write by the gemeente's budgetcoach only, another gemeente 404), optimistic locking, validation that
 * writes nothing, the event and the processing log.
 */
@IntegrationTest
@RecordApplicationEvents
class OntzorgenServiceTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    OntzorgenService ontzorgen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.wegwijs.traject.TrajectService trajecten;

    @Autowired
    ApplicationEvents events;

    TestData.Wereld w;
    Traject t;
    Medewerker coach;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        t = data.aanmelding(w, VANDAAG.minusMonths(2));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        coach = w.als(Rol.BUDGETCOACH);
    }

    private Ontzorgen gestart(LocalDate start) {
        return ontzorgen.legVast(coach, t.huishouden(), null, new OntzorgenService.Invoer(start, null, null, null));
    }

    @Test
    void budgetcoachRecordsOntzorgenWithTheRegimesPeriodAndPublishesTheEvent() {
        LocalDate start = VANDAAG.minusMonths(1).withDayOfMonth(1);
        Ontzorgen o = gestart(start);
        assertThat(o.maanden()).isEqualTo(6);
        assertThat(o.einde()).isEqualTo(start.plusMonths(6));
        assertThat(o.versie()).isEqualTo(1);
        assertThat(events.stream(OntzorgenGewijzigd.class))
            .containsExactly(new OntzorgenGewijzigd(t.id(), t.huishouden(), start, start.plusMonths(6), false));

        o = ontzorgen.voegVasteLastToe(coach, t.huishouden(), 1, new OntzorgenService.NieuweVasteLast(
                VasteLastSoort.HUUR, "Haag Wonen", new BigDecimal("612.5"), start, null));
        assertThat(o.vasteLasten()).singleElement().satisfies(v -> {
            assertThat(v.bedrag()).isEqualByComparingTo("612.50");
            assertThat(v.begunstigde()).isEqualTo("Haag Wonen");
        });
        o = ontzorgen.zetMaand(coach, t.huishouden(), 2, YearMonth.from(start), MaandStatus.ACHTERSTAND, "huur te laat");
        assertThat(o.maandenAchterstand()).isEqualTo(1);
        for (int i = 0; i < 4; i++) {
            o = ontzorgen.voegGesprekToe(coach, t.huishouden(), o.versie(), new OntzorgenService.NieuwGesprek(
                    VANDAAG.plusWeeks(i + 1), GesprekStatus.GEPLAND, "Budgetbeheer " + i, null));
        }
        assertThat(o.versie()).isEqualTo(7);
        assertThat(o.overgangGeregeld(4)).isTrue();
        assertThat(events.stream(OntzorgenGewijzigd.class)).hasSize(7).last()
            .extracting(OntzorgenGewijzigd::overgangGeregeld).isEqualTo(true);

        // a cancelled session no longer counts
        o = ontzorgen.zetGesprekStatus(coach, t.huishouden(), 7, o.gesprekken().get(0).id(), GesprekStatus.AFGEZEGD);
        assertThat(o.overgangGeregeld(4)).isFalse();

        // stopped early: the end moves, the reason is kept
        LocalDate stop = start.plusMonths(2);
        o = ontzorgen.legVast(coach, t.huishouden(), o.versie(),
                new OntzorgenService.Invoer(start, stop, StopReden.WERK, "werk gevonden"));
        assertThat(o.einde()).isEqualTo(stop);
        assertThat(o.maandlijst()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and record_soort = 'ontzorgen'")
            .param(t.huishouden().value()).query(Long.class).single()).isGreaterThanOrEqualTo(3 * 9);
    }

    @Test
    void notStartedYetHasNoEndAndNoMonths() {
        Ontzorgen o = ontzorgen.legVast(coach, t.huishouden(), null, new OntzorgenService.Invoer(null, null, null, null));
        assertThat(o.einde()).isNull();
        assertThat(o.maandlijst()).isEmpty();
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> ontzorgen.zetMaand(coach, t.huishouden(), 1,
                YearMonth.from(VANDAAG), MaandStatus.BETAALD, null)).withMessage("ontzorgen.maand.buiten-periode");
    }

    @Test
    void guidesReadRegievoerderOnlyWithConsentWijkteamNot() {
        gestart(VANDAAG.minusMonths(1));
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.BUDGETCOACH)) {
            OntzorgenService.Stand s = ontzorgen.lees(w.als(rol), t.huishouden());
            assertThat(s.ontzorgen()).isNotNull();
            assertThat(s.magWijzigen()).as(rol.name()).isEqualTo(rol == Rol.BUDGETCOACH);
        }
        assertThatExceptionOfType(ToestemmingNodig.class)
            .isThrownBy(() -> ontzorgen.lees(w.als(Rol.REGIEVOERDER), t.huishouden()));
        assertThatExceptionOfType(NietGevonden.class)
            .isThrownBy(() -> ontzorgen.lees(w.als(Rol.WIJKTEAM), t.huishouden()));
        assertThatExceptionOfType(NietGevonden.class)
            .isThrownBy(() -> ontzorgen.lees(w.als(Rol.BELEID), t.huishouden()));

        data.toestemming(w, t, Rol.REGIEVOERDER, Gegevenssoort.FINANCIEN);
        assertThat(ontzorgen.lees(w.als(Rol.REGIEVOERDER), t.huishouden()).magWijzigen()).isFalse();
    }

    @Test
    void onlyTheBudgetcoachWrites() {
        gestart(VANDAAG.minusMonths(1));
        data.toestemming(w, t, Rol.REGIEVOERDER, Gegevenssoort.FINANCIEN);
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.REGIEVOERDER)) {
            assertThatExceptionOfType(DomeinFout.class).as(rol.name())
                .isThrownBy(() -> ontzorgen.voegGesprekToe(w.als(rol), t.huishouden(), 1,
                        new OntzorgenService.NieuwGesprek(VANDAAG, GesprekStatus.GEHOUDEN, "Toeslagen", null)))
                .withMessage("ontzorgen.niet-toegestaan");
        }
        assertThat(versie()).isEqualTo(1);
    }

    @Test
    void anotherGemeentesBudgetcoachGets404() {
        gestart(VANDAAG.minusMonths(1));
        Medewerker ander = data.wereld().als(Rol.BUDGETCOACH);
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> ontzorgen.lees(ander, t.huishouden()));
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> ontzorgen.legVast(ander, t.huishouden(), 1L,
                new OntzorgenService.Invoer(VANDAAG, null, null, null)));
        assertThat(ontzorgen.werklijst(ander, false, null, 25).regels())
            .noneMatch(r -> r.huishouden().equals(t.huishouden()));
    }

    @Test
    void aStaleVersionIsRefusedAndWritesNothing() {
        gestart(VANDAAG.minusMonths(1));
        ontzorgen.zetMaand(coach, t.huishouden(), 1, YearMonth.from(VANDAAG.minusMonths(1)), MaandStatus.BETAALD, null);
        assertThatExceptionOfType(GelijktijdigGewijzigd.class).isThrownBy(() -> ontzorgen.voegVasteLastToe(coach,
                t.huishouden(), 1, new OntzorgenService.NieuweVasteLast(VasteLastSoort.WATER, "Dunea",
                        new BigDecimal("20"), VANDAAG, null)));
        assertThatExceptionOfType(GelijktijdigGewijzigd.class).isThrownBy(() -> ontzorgen.legVast(coach,
                t.huishouden(), 1L, new OntzorgenService.Invoer(VANDAAG, null, null, null)));
        // a second "new" when one exists is stale too
        assertThatExceptionOfType(GelijktijdigGewijzigd.class).isThrownBy(() -> ontzorgen.legVast(coach,
                t.huishouden(), null, new OntzorgenService.Invoer(VANDAAG, null, null, null)));
        assertThat(versie()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from ontzorgen_vaste_last v join ontzorgen o on o.id = v.ontzorgen_id"
                + " where o.huishouden_id = ?").param(t.huishouden().value()).query(Long.class).single()).isZero();
    }

    @Test
    void badInputIsRefusedWithAMessageAndWritesNothing() {
        LocalDate start = VANDAAG.minusMonths(1);
        gestart(start);
        record Geval(String code, OntzorgenService.NieuweVasteLast last) {
        }
        for (Geval g : List.of(
                new Geval("ontzorgen.vaste-last.bedrag.bereik", new OntzorgenService.NieuweVasteLast(
                        VasteLastSoort.HUUR, "Haag Wonen", BigDecimal.ZERO, start, null)),
                new Geval("ontzorgen.vaste-last.bedrag.bereik", new OntzorgenService.NieuweVasteLast(
                        VasteLastSoort.HUUR, "Haag Wonen", new BigDecimal("10000"), start, null)),
                new Geval("ontzorgen.vaste-last.bedrag.bereik", new OntzorgenService.NieuweVasteLast(
                        VasteLastSoort.HUUR, "Haag Wonen", new BigDecimal("12.345"), start, null)),
                new Geval("ontzorgen.vaste-last.bedrag.bereik", new OntzorgenService.NieuweVasteLast(
                        VasteLastSoort.HUUR, "Haag Wonen", new BigDecimal("-5"), start, null)),
                new Geval("ontzorgen.vaste-last.begunstigde.leeg", new OntzorgenService.NieuweVasteLast(
                        VasteLastSoort.HUUR, "  ", new BigDecimal("600"), start, null)),
                new Geval("ontzorgen.vaste-last.soort.leeg", new OntzorgenService.NieuweVasteLast(
                        null, "Haag Wonen", new BigDecimal("600"), start, null)),
                new Geval("ontzorgen.datum.bereik", new OntzorgenService.NieuweVasteLast(
                        VasteLastSoort.HUUR, "Haag Wonen", new BigDecimal("600"), LocalDate.of(1999, 12, 31), null)),
                new Geval("ontzorgen.vaste-last.tot.voor-machtiging", new OntzorgenService.NieuweVasteLast(
                        VasteLastSoort.HUUR, "Haag Wonen", new BigDecimal("600"), start, start.minusDays(1))))) {
            assertThatExceptionOfType(DomeinFout.class).as(g.code())
                .isThrownBy(() -> ontzorgen.voegVasteLastToe(coach, t.huishouden(), 1, g.last()))
                .withMessage(g.code());
        }
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> ontzorgen.legVast(coach, t.huishouden(), 1L,
                new OntzorgenService.Invoer(start, start.plusMonths(1), null, null)))
            .withMessage("ontzorgen.gestopt.reden.leeg");
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> ontzorgen.legVast(coach, t.huishouden(), 1L,
                new OntzorgenService.Invoer(start, start.plusMonths(7), StopReden.WERK, null)))
            .withMessage("ontzorgen.gestopt.buiten-periode");
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> ontzorgen.legVast(coach, t.huishouden(), 1L,
                new OntzorgenService.Invoer(VANDAAG.plusYears(2), null, null, null)))
            .withMessage("ontzorgen.start.bereik");
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> ontzorgen.voegGesprekToe(coach, t.huishouden(),
                1, new OntzorgenService.NieuwGesprek(VANDAAG.plusDays(3), GesprekStatus.GEHOUDEN, "Toeslagen", null)))
            .withMessage("ontzorgen.gesprek.gehouden.toekomst");
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> ontzorgen.zetMaand(coach, t.huishouden(), 1,
                YearMonth.from(start).plusMonths(6), MaandStatus.BETAALD, null))
            .withMessage("ontzorgen.maand.buiten-periode");
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> ontzorgen.zetMaand(coach, t.huishouden(), 1,
                YearMonth.from(VANDAAG).plusMonths(1), MaandStatus.BETAALD, null))
            .withMessage("ontzorgen.maand.toekomst");
        assertThat(versie()).isEqualTo(1);
    }

    @Test
    void worklistListsTheGemeentesHouseholdsByEndWithWarnings() {
        Medewerker coachB = data.wereld().als(Rol.BUDGETCOACH);
        assertThat(ontzorgen.werklijst(coachB, false, null, 25).regels()).isEmpty();
        // an ending one without transition and one not started in the same gemeente
        gestart(VANDAAG.minusMonths(6).plusWeeks(2));
        Traject later = data.aanmelding(w, VANDAAG.minusMonths(1));
        ontzorgen.legVast(coach, later.huishouden(), null, new OntzorgenService.Invoer(null, null, null, null));
        Traject klaar = data.aanmelding(w, VANDAAG.minusMonths(8));
        ontzorgen.legVast(coach, klaar.huishouden(), null,
                new OntzorgenService.Invoer(VANDAAG.minusMonths(7), null, null, null));

        OntzorgenService.Werklijst lijst = ontzorgen.werklijst(coach, false, null, 25);
        assertThat(lijst.regels()).extracting(OntzorgenRegel::huishouden)
            .containsExactly(t.huishouden(), later.huishouden());
        assertThat(lijst.eindigtZonderOvergang(lijst.regels().get(0))).isTrue();
        assertThat(lijst.eindigtZonderOvergang(lijst.regels().get(1))).isFalse();
        assertThat(ontzorgen.werklijst(coach, true, null, 25).regels()).extracting(OntzorgenRegel::huishouden)
            .containsExactly(klaar.huishouden());
        // keyset: one per page
        OntzorgenService.Werklijst eerste = ontzorgen.werklijst(coach, false, null, 1);
        assertThat(eerste.volgende()).isNotNull();
        assertThat(ontzorgen.werklijst(coach, false, eerste.volgende(), 1).regels())
            .extracting(OntzorgenRegel::huishouden).containsExactly(later.huishouden());
        // other roles have no worklist of ontzorgen
        assertThat(ontzorgen.werklijst(w.als(Rol.BEGELEIDER), false, null, 25).regels()).isEmpty();
    }

    private long versie() {
        return jdbc.sql("select versie from ontzorgen where huishouden_id = ?").param(t.huishouden().value())
            .query(Long.class).single();
    }
}
