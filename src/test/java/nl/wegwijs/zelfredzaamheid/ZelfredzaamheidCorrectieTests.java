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

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Correcting a past measurement against PostgreSQL: the guidance corrects a wrong level with a reason, the old values
 * are kept, the stand and the worklist follow, the write is logged; every refusal (a level outside the scale, no
 * reason, nothing changed, the baseline no longer first, a closed trajectory, another role or household, a stale
 * version) writes nothing.
 */
@IntegrationTest
class ZelfredzaamheidCorrectieTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ZelfredzaamheidService zelf;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject a;
    HuishoudenId h;
    UUID samira;
    Instrument vw;
    Medewerker begeleider;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(6));
        w = wereld.w();
        a = wereld.a();
        h = a.huishouden();
        samira = trajecten.inzage(w.als(Rol.TEAMLEIDER), h).huishouden().hoofdpersoon().id();
        vw = zelf.instrumenten().get(0);
        begeleider = w.als(Rol.BEGELEIDER);
        trajecten.start(w.als(Rol.TEAMLEIDER), a.id(), 3, VANDAAG.minusMonths(4));
    }

    /** Every component at this level; the first one at {@code eerste}. */
    List<Score> scores(int eerste, int rest) {
        List<Score> s = new ArrayList<>();
        for (Domein d : vw.domeinen()) {
            for (UUID item : d.items()) {
                s.add(Score.niveau(item, s.isEmpty() ? eerste : rest, Wijze.HULP));
            }
        }
        return s;
    }

    Meting meet(LocalDate op, List<Score> scores) {
        return zelf.meet(begeleider, h, new NieuweMeting(samira, op, null, "samen ingevuld", scores));
    }

    /** What is stored of a measurement: its version, date and the level of its first component. */
    String opgeslagen(Meting m) {
        return jdbc.sql("""
                select m.versie || ' ' || m.gemeten_op || ' ' || s.niveau
                  from zr_meting m join zr_score s on s.meting_id = m.id and s.item_id = ?
                 where m.id = ?""")
            .params(vw.domeinen().get(0).items().get(0), m.id()).query(String.class).single();
    }

    long correcties() {
        return jdbc.sql("select count(*) from zr_meting_correctie where huishouden_id = ?").param(h.value())
            .query(Long.class).single();
    }

    <T> T werklijst(String kolom, Class<T> type) {
        return jdbc.sql("select " + kolom + " from werklijst_regel where huishouden_id = ?").param(h.value())
            .query(type).single();
    }

    @Test
    void aGuideCorrectsAWrongLevelWithAReasonAndTheStandAndWorklistFollow() {
        meet(VANDAAG.minusMonths(2), scores(3, 3));
        // a wrong click: the first component at the lowest level
        Meting m = meet(VANDAAG.minusDays(3), scores(1, 3));
        assertThat(werklijst("zelfredzaamheid_laagste", Boolean.class)).isTrue();
        assertThat(werklijst("zelfredzaamheid_stagnatie", Boolean.class)).isTrue();

        Meting gecorrigeerd = zelf.wijzig(w.als(Rol.VRIJWILLIGER), h, m.id(), 1, m.gemetenOp(), "samen ingevuld",
                scores(4, 3), "  Verkeerd niveau aangeklikt bij Wonen.  ");
        assertThat(gecorrigeerd.versie()).isEqualTo(2);
        assertThat(gecorrigeerd.soort()).isEqualTo(Metingsoort.VERVOLG);
        assertThat(opgeslagen(m)).isEqualTo("2 " + m.gemetenOp() + " 4");
        // the worklist follows: no component at the lowest level any more, and progress on one
        assertThat(werklijst("zelfredzaamheid_laagste", Boolean.class)).isFalse();
        assertThat(werklijst("zelfredzaamheid_stagnatie", Boolean.class)).isFalse();

        // the correction is kept with its reason, who and when, and what it was before
        ZelfredzaamheidService.Overzicht o = zelf.overzicht(begeleider, h);
        assertThat(o.correcties(m.id())).singleElement().satisfies(c -> {
            assertThat(c.reden()).isEqualTo("Verkeerd niveau aangeklikt bij Wonen.");
            assertThat(c.versie()).isEqualTo(2);
            assertThat(c.door()).isEqualTo(w.als(Rol.VRIJWILLIGER).id());
        });
        assertThat(jdbc.sql("""
                select (vorige_scores -> 0 ->> 'niveau')::int from zr_meting_correctie c
                 where c.meting_id = ? and exists (select 1 from jsonb_array_elements(c.vorige_scores) e
                                                    where e ->> 'niveau' = '1')""")
            .param(m.id()).query(Integer.class).list()).hasSize(1);
        assertThat(jdbc.sql("select vorige_datum from zr_meting_correctie where meting_id = ?").param(m.id())
            .query(LocalDate.class).single()).isEqualTo(m.gemetenOp());
        // the stand uses the corrected level
        assertThat(o.stand().domeinen().get(0).niveau()).isEqualTo(3);
        // logged as a change of the person's measurement
        assertThat(jdbc.sql("""
                select count(*) from verwerking where huishouden_id = ? and record_soort = 'zelfredzaamheid'
                   and record_id = ? and actie = 'WIJZIGEN' and betrokkene_id = ?""")
            .params(h.value(), m.id(), samira).query(Long.class).single()).isEqualTo(1);

        // a second correction at the new version: the date, with its own reason
        zelf.wijzig(begeleider, h, m.id(), 2, m.gemetenOp().minusDays(1), "samen ingevuld", scores(4, 3),
                "Datum was een dag te laat.");
        assertThat(zelf.overzicht(begeleider, h).correcties(m.id())).extracting(Correctie::versie).containsExactly(2L,
                3L);
    }

    @Test
    void aLevelOutsideTheScaleIsRefusedInDutchAndNothingIsWritten() {
        Meting m = meet(VANDAAG.minusDays(3), scores(2, 3));
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, m.id(), 1, m.gemetenOp(), null, scores(6, 3),
                "Verkeerd niveau")).isInstanceOf(DomeinFout.class)
            .hasMessage("zelfredzaamheid.fout.niveau-buiten-schaal");
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, m.id(), 1, m.gemetenOp(), null, scores(0, 3),
                "Verkeerd niveau")).hasMessage("zelfredzaamheid.fout.niveau-buiten-schaal");
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, m.id(), 1, VANDAAG.plusDays(1), null, scores(4, 3),
                "Verkeerd niveau")).hasMessage("zelfredzaamheid.fout.toekomst");
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, m.id(), 1, m.gemetenOp(), null, List.of(),
                "Verkeerd niveau")).hasMessage("zelfredzaamheid.fout.geen-score");
        assertThat(opgeslagen(m)).isEqualTo("1 " + m.gemetenOp() + " 2");
        assertThat(correcties()).isZero();
    }

    @Test
    void aCorrectionNeedsAReasonAndAChangeAndKeepsTheBaselineFirst() {
        Meting nul = meet(VANDAAG.minusMonths(2), scores(2, 2));
        Meting later = meet(VANDAAG.minusDays(3), scores(3, 3));
        for (String leeg : new String[] { null, "", "   " }) {
            assertThatThrownBy(() -> zelf.wijzig(begeleider, h, later.id(), 1, later.gemetenOp(), null, scores(4, 3),
                    leeg)).hasMessage("zelfredzaamheid.fout.reden-leeg");
        }
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, later.id(), 1, later.gemetenOp(), null, scores(4, 3),
                "x".repeat(Correctie.REDEN_MAX + 1))).hasMessage("zelfredzaamheid.fout.reden-lang");
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, later.id(), 1, later.gemetenOp(), "samen ingevuld",
                scores(3, 3), "Toch niets")).hasMessage("zelfredzaamheid.fout.niets-gewijzigd");
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, nul.id(), 1, VANDAAG, null, scores(2, 2),
                "Datum verkeerd")).hasMessage("zelfredzaamheid.fout.nulmeting-na");
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, later.id(), 1, VANDAAG.minusMonths(3), null,
                scores(3, 3), "Datum verkeerd")).hasMessage("zelfredzaamheid.fout.voor-nulmeting");
        assertThat(opgeslagen(nul)).isEqualTo("1 " + nul.gemetenOp() + " 2");
        assertThat(opgeslagen(later)).isEqualTo("1 " + later.gemetenOp() + " 3");
        assertThat(correcties()).isZero();
    }

    @Test
    void onlyTheGuidanceCorrectsOnlyThisHouseholdsMeasurementOnlyWhileTheTrajectoryIsOpenAtTheVersionSeen() {
        Meting m = meet(VANDAAG.minusDays(3), scores(2, 3));
        for (Medewerker wie : List.of(w.als(Rol.REGIEVOERDER), w.als(Rol.BUDGETCOACH))) {
            assertThatThrownBy(() -> zelf.wijzig(wie, h, m.id(), 1, m.gemetenOp(), null, scores(4, 3), "Fout"))
                .isInstanceOf(AccessDeniedException.class);
        }
        for (Medewerker wie : List.of(w.begeleiderB(), w.vrijwilliger2(), w.als(Rol.WIJKTEAM), w.als(Rol.BEHEERDER),
                data.wereld().als(Rol.TEAMLEIDER))) {
            assertThatThrownBy(() -> zelf.wijzig(wie, h, m.id(), 1, m.gemetenOp(), null, scores(4, 3), "Fout"))
                .isInstanceOf(NietGevonden.class);
        }
        // a measurement of another household, through this one
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, UUID.randomUUID(), 1, m.gemetenOp(), null, scores(4, 3),
                "Fout")).isInstanceOf(NietGevonden.class);
        // stale
        zelf.wijzig(begeleider, h, m.id(), 1, m.gemetenOp(), null, scores(4, 3), "Verkeerd niveau");
        assertThatThrownBy(() -> zelf.wijzig(w.als(Rol.TEAMLEIDER), h, m.id(), 1, m.gemetenOp(), null, scores(5, 3),
                "Ook verkeerd")).isInstanceOf(GelijktijdigGewijzigd.class);
        assertThat(opgeslagen(m)).isEqualTo("2 " + m.gemetenOp() + " 4");
        assertThat(correcties()).isEqualTo(1);

        trajecten.sluitAf(w.als(Rol.TEAMLEIDER), a.id(), 4, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT,
                VANDAAG, null);
        assertThatThrownBy(() -> zelf.wijzig(begeleider, h, m.id(), 2, m.gemetenOp(), null, scores(5, 3),
                "Nog eens")).hasMessage("zelfredzaamheid.fout.afgesloten-correctie");
        assertThat(opgeslagen(m)).isEqualTo("2 " + m.gemetenOp() + " 4");
        assertThat(correcties()).isEqualTo(1);
    }

    @Test
    void anonymisingErasesTheReasons() {
        Meting m = meet(VANDAAG.minusDays(3), scores(2, 3));
        zelf.wijzig(begeleider, h, m.id(), 1, m.gemetenOp(), null, scores(4, 3), "Persoonlijke toelichting");
        zelf.on(new nl.wegwijs.huishouden.HuishoudenGeanonimiseerd(h));
        assertThat(jdbc.sql("select reden from zr_meting_correctie where meting_id = ?").param(m.id())
            .query(String.class).single()).isEqualTo(nl.wegwijs.huishouden.HuishoudenGeanonimiseerd.TEKST);
    }
}
