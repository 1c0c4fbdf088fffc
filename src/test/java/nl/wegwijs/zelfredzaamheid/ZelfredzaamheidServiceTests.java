package nl.wegwijs.zelfredzaamheid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Measurements and the plan against PostgreSQL: every role that may and may not record, the gemeente's view only with
 * a consent, refusals that write nothing, optimistic locking, logging, the event and the worklist columns.
 */
@IntegrationTest
@RecordApplicationEvents
class ZelfredzaamheidServiceTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ZelfredzaamheidService zelf;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestData.Wereld w;
    Traject a;
    HuishoudenId h;
    UUID samira;
    Instrument vw;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        w = wereld.w();
        a = wereld.a();
        h = a.huishouden();
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), h).huishouden().hoofdpersoon().id();
        vw = zelf.instrumenten().get(0);
    }

    /** Every component of the VluchtelingenWerk instrument at this level. */
    List<Score> alles(int niveau) {
        List<Score> s = new ArrayList<>();
        for (Domein d : vw.domeinen()) {
            for (UUID item : d.items()) {
                s.add(Score.niveau(item, niveau, Wijze.HULP));
            }
        }
        return s;
    }

    Meting meet(Medewerker wie, LocalDate op, List<Score> scores) {
        return zelf.meet(wie, h, new NieuweMeting(samira, op, null, "samen ingevuld", scores));
    }

    long metingen() {
        return jdbc.sql("select count(*) from zr_meting where huishouden_id = ?").param(h.value()).query(Long.class)
            .single();
    }

    @Test
    void theDefaultInstrumentsAreSeeded() {
        List<Instrument> alle = zelf.instrumenten();
        assertThat(alle).extracting(Instrument::code).containsExactly("VW", "VWN6", "ZRM13");
        assertThat(vw.domeinen()).hasSize(7);
        assertThat(vw.aantalOnderdelen()).isEqualTo(24);
        assertThat(vw.domeinen()).extracting(d -> d.onderdelen().size()).containsExactly(5, 3, 5, 3, 2, 3, 3);
        assertThat(vw.schaal().max()).isEqualTo(5);
        assertThat(vw.schaal().naam(5)).isEqualTo("Volledig zelfredzaam");
        assertThat(vw.schaal().voldoende()).isEqualTo(4);
        assertThat(alle.get(1).domeinen()).hasSize(6);
        assertThat(alle.get(1).perHuishouden()).isTrue();
        assertThat(alle.get(2).domeinen()).hasSize(13);
        assertThat(alle.get(2).schaal().max()).isEqualTo(5);
    }

    @Test
    void theGuidanceRecordsOthersMayNotAndNothingIsWritten() {
        meet(w.als(Rol.VRIJWILLIGER), VANDAAG.minusMonths(3), alles(2));
        meet(w.als(Rol.BEGELEIDER), VANDAAG.minusMonths(1), alles(3));
        Meting m = meet(w.als(Rol.TEAMLEIDER), VANDAAG, alles(4));
        assertThat(metingen()).isEqualTo(3);
        for (Medewerker wie : List.of(w.als(Rol.REGIEVOERDER), w.als(Rol.BUDGETCOACH))) {
            assertThatThrownBy(() -> meet(wie, VANDAAG, alles(3))).isInstanceOf(AccessDeniedException.class);
        }
        for (Medewerker wie : List.of(w.begeleiderB(), w.vrijwilliger2(), w.als(Rol.WIJKTEAM), w.als(Rol.BELEID),
                w.als(Rol.BEHEERDER), data.wereld().als(Rol.TEAMLEIDER))) {
            assertThatThrownBy(() -> meet(wie, VANDAAG, alles(3))).isInstanceOf(NietGevonden.class);
            assertThatThrownBy(() -> zelf.overzicht(wie, h)).isInstanceOf(NietGevonden.class);
        }
        assertThat(metingen()).isEqualTo(3);

        ZelfredzaamheidService.Overzicht o = zelf.overzicht(w.als(Rol.VRIJWILLIGER), h);
        assertThat(o.metingen().get(samira)).extracting(Meting::soort)
            .containsExactly(Metingsoort.NULMETING, Metingsoort.VERVOLG, Metingsoort.VERVOLG);
        assertThat(o.stand()).isNotNull();
        assertThat(o.stand().oordeel().zelfredzaamGenoeg()).isTrue();
        assertThat(o.stand().domeinen()).hasSize(7).allMatch(d -> d.niveau() == 4 && d.schaalMax() == 5
                && "Voldoende zelfredzaam".equals(d.niveauNaam()));
        assertThat(m.scores()).hasSize(24);
        // logged: a write per measurement and a read
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and record_soort = 'zelfredzaamheid'")
            .param(h.value()).query(Long.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theGemeenteSeesTheResultsOnlyWithAConsent() {
        meet(w.als(Rol.BEGELEIDER), VANDAAG, alles(2));
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        assertThatThrownBy(() -> zelf.overzicht(regie, h)).isInstanceOf(ToestemmingNodig.class);
        assertThat(zelf.stand(trajecten.inzage(regie, h))).isEmpty();

        data.toestemming(w, a, Rol.REGIEVOERDER, Gegevenssoort.ZELFREDZAAMHEID);
        Stand s = zelf.stand(trajecten.inzage(regie, h)).orElseThrow();
        assertThat(s.oordeel().zelfredzaamGenoeg()).isFalse();
        assertThat(s.oordeel().tekortOp()).hasSize(24).contains("Wonen – Nutsbedrijven");
        assertThat(s.instrument()).startsWith("Meetinstrument");
        assertThat(zelf.overzicht(regie, h).magVastleggen()).isFalse();
    }

    @Test
    void refusesALevelOutsideTheScaleAFutureDateAndAClosedTrajectoryWritingNothing() {
        List<Score> zes = new ArrayList<>(alles(3));
        zes.set(0, Score.niveau(zes.get(0).item(), 6, null));
        assertThatThrownBy(() -> meet(w.als(Rol.BEGELEIDER), VANDAAG, zes)).isInstanceOf(DomeinFout.class)
            .hasMessage("zelfredzaamheid.fout.niveau-buiten-schaal");
        assertThatThrownBy(() -> meet(w.als(Rol.BEGELEIDER), VANDAAG.plusDays(1), alles(3)))
            .hasMessage("zelfredzaamheid.fout.toekomst");
        assertThat(metingen()).isZero();

        Meting m = meet(w.als(Rol.BEGELEIDER), VANDAAG, alles(3));
        trajecten.start(w.als(Rol.TEAMLEIDER), a.id(), 3, VANDAAG.minusDays(30));
        trajecten.sluitAf(w.als(Rol.TEAMLEIDER), a.id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT,
                VANDAAG, null);
        assertThatThrownBy(() -> meet(w.als(Rol.BEGELEIDER), VANDAAG, alles(4)))
            .hasMessage("zelfredzaamheid.fout.afgesloten");
        assertThatThrownBy(() -> zelf.voegActieToe(w.als(Rol.BEGELEIDER), h, m.id(), vw.domeinen().get(0).id(),
                "Meterstanden doorgeven", Actie.Uitvoerder.PERSOON, null, Actie.Prioriteit.URGENT))
            .hasMessage("zelfredzaamheid.fout.afgesloten");
        assertThat(metingen()).isEqualTo(1);
        // the results stay readable
        assertThat(zelf.overzicht(w.als(Rol.BEGELEIDER), h).stand()).isNotNull();
    }

    @Test
    void thePlansActionsAreTickedOffWithOptimisticLocking() {
        Meting m = meet(w.als(Rol.BEGELEIDER), VANDAAG, alles(2));
        UUID wonen = vw.domeinen().get(0).id();
        Actie actie = zelf.voegActieToe(w.als(Rol.VRIJWILLIGER), h, m.id(), wonen, "Meterstanden samen doorgeven",
                Actie.Uitvoerder.BEGELEIDER, null, Actie.Prioriteit.URGENT);
        assertThatThrownBy(() -> zelf.voegActieToe(w.als(Rol.VRIJWILLIGER), h, m.id(), wonen, "Bellen",
                Actie.Uitvoerder.PARTNER, " ", Actie.Prioriteit.LATER))
            .hasMessage("zelfredzaamheid.fout.partner-leeg");
        zelf.vinkAf(w.als(Rol.VRIJWILLIGER), h, actie.id(), 1, true);
        assertThatThrownBy(() -> zelf.vinkAf(w.als(Rol.BEGELEIDER), h, actie.id(), 1, false))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(w.als(Rol.BEGELEIDER), h);
        assertThat(o.afgerondeActies()).singleElement().satisfies(x -> {
            assertThat(x.afgerondOp()).isEqualTo(VANDAAG);
            assertThat(x.versie()).isEqualTo(2);
        });
        // correcting a measurement at a stale version writes nothing
        zelf.wijzig(w.als(Rol.BEGELEIDER), h, m.id(), 1, VANDAAG, "gecorrigeerd", alles(3), "Verkeerd niveau");
        assertThatThrownBy(() -> zelf.wijzig(w.als(Rol.BEGELEIDER), h, m.id(), 1, VANDAAG, "nog eens", alles(5),
                "Nog eens"))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(zelf.overzicht(w.als(Rol.BEGELEIDER), h).stand().domeinen()).allMatch(d -> d.niveau() == 3);
    }

    @Test
    void dueStagnationAndLowestLevelReachTheWorklist() {
        trajecten.start(w.als(Rol.TEAMLEIDER), a.id(), 3, VANDAAG.minusMonths(4));
        // no measurement yet: the baseline was due 6 weeks after the start
        assertThat(werklijst("zelfredzaamheid_volgende", LocalDate.class))
            .isEqualTo(VANDAAG.minusMonths(4).plusWeeks(6));
        meet(w.als(Rol.BEGELEIDER), VANDAAG.minusMonths(2), alles(2));
        meet(w.als(Rol.BEGELEIDER), VANDAAG, alles(2));
        assertThat(werklijst("zelfredzaamheid_stagnatie", Boolean.class)).isTrue();
        assertThat(werklijst("zelfredzaamheid_laagste", Boolean.class)).isFalse();
        assertThat(werklijst("zelfredzaamheid_volgende", LocalDate.class))
            .isEqualTo(VANDAAG.minusMonths(4).plusMonths(6));
        List<Score> laag = new ArrayList<>(alles(3));
        laag.set(0, Score.niveau(laag.get(0).item(), 1, Wijze.HULP));
        meet(w.als(Rol.BEGELEIDER), VANDAAG, laag);
        assertThat(werklijst("zelfredzaamheid_stagnatie", Boolean.class)).isFalse();
        assertThat(werklijst("zelfredzaamheid_laagste", Boolean.class)).isTrue();
        assertThat(events.stream(ZelfredzaamheidStandGewijzigd.class)
            .filter(e -> e.huishouden().equals(h))).isNotEmpty();
    }

    <T> T werklijst(String kolom, Class<T> type) {
        return jdbc.sql("select " + kolom + " from werklijst_regel where huishouden_id = ?").param(h.value())
            .query(type).single();
    }
}
