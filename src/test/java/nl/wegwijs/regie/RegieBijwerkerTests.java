package nl.wegwijs.regie;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenGeanonimiseerd;
import nl.wegwijs.huishouden.HuishoudenGewijzigd;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.intake.BredeIntakeVastgelegd;
import nl.wegwijs.ontzorgen.OntzorgenGewijzigd;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.pip.PipGewijzigd;
import nl.wegwijs.signaal.SignaalStandGewijzigd;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Each event the overview listens to changes its read model at once, in the writer's transaction. */
@IntegrationTest
class RegieBijwerkerTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject t;
    LocalDate brp;
    UUID samira;
    UUID lina;

    @BeforeEach
    void set() {
        w = data.wereld();
        brp = LocalDate.now().minusDays(40);
        t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), data.aanmeldingVoor(w, brp, "Bijwerk"));
        samira = persoon("Samira");
        lina = persoon("Lina");
    }

    private UUID persoon(String voornaam) {
        return huishoudens.intern(t.huishouden()).orElseThrow().personen().stream()
            .filter(p -> p.voornaam().equals(voornaam)).map(Persoon::id).findFirst().orElseThrow();
    }

    private Map<String, Object> huishouden() {
        return jdbc.sql("select * from regie_huishouden where huishouden_id = ?").param(t.huishouden().value())
            .query().singleRow();
    }

    private Map<String, Object> rij(UUID persoon) {
        return jdbc.sql("select * from regie_persoon where persoon_id = ?").param(persoon).query().singleRow();
    }

    @Test
    void theAanmeldingWritesTheHouseholdAndEveryPersonWithTheirBrpDateAndPipDeadline() {
        var h = huishouden();
        assertThat(h.get("status")).isEqualTo("AANGEMELD");
        assertThat(h.get("gemeente_id")).isEqualTo(w.gemeente().id());
        assertThat(h.get("naam")).isEqualTo("Bijwerk, Samira");
        assertThat(jdbc.sql("select count(*) from regie_persoon where traject_id = ?").param(t.id().value())
            .query(Integer.class).single()).isEqualTo(3);
        var s = rij(samira);
        assertThat(s.get("inburgeringsplichtig")).isEqualTo(true);
        assertThat(s.get("open")).isEqualTo(true);
        assertThat(((java.sql.Date) s.get("brp_datum")).toLocalDate()).isEqualTo(brp);
        // the regime's PIP deadline: 10 weeks after the BRP registration
        assertThat(((java.sql.Date) s.get("pip_uiterlijk")).toLocalDate()).isEqualTo(brp.plusWeeks(10));
        assertThat(s.get("pip_op")).isNull();
        // a child is no inburgeringsplichtige and has no PIP deadline
        assertThat(rij(lina).get("inburgeringsplichtig")).isEqualTo(false);
        assertThat(rij(lina).get("pip_uiterlijk")).isNull();
    }

    @Test
    void trajectoryChangesFollowStatusPhaseAndTheRecordedPipDate() {
        var tl = w.als(Rol.TEAMLEIDER);
        trajecten.accepteer(tl, t.id(), 1, w.teamA().id());
        trajecten.start(tl, t.id(), 2, LocalDate.now().minusDays(20));
        assertThat(huishouden().get("fase_code")).isEqualTo("FASE1");
        assertThat(huishouden().get("fase1_voorbij")).isEqualTo(false);
        trajecten.naarFase(tl, t.id(), 3, "FASE2", LocalDate.now());
        assertThat(huishouden().get("status")).isEqualTo("ACTIEF");
        assertThat(huishouden().get("fase1_voorbij")).isEqualTo(true);
        assertThat(rij(samira).get("fase1_voorbij")).isEqualTo(true);
        trajecten.legPipVast(w.als(Rol.REGIEVOERDER), t.id(), samira, 0, brp.plusDays(30));
        assertThat(((java.sql.Date) rij(samira).get("pip_op")).toLocalDate()).isEqualTo(brp.plusDays(30));
        trajecten.sluitAf(tl, t.id(), 4, TrajectStatus.BEEINDIGD, EindeReden.values()[0], LocalDate.now(), null);
        assertThat(huishouden().get("status")).isEqualTo("BEEINDIGD");
        assertThat(rij(samira).get("open")).isEqualTo(false);
        assertThat(rij(samira).get("fase1_voorbij")).isEqualTo(false);
    }

    @Test
    void aHouseholdChangeRereadsThePersons() {
        jdbc.sql("update persoon set brp_datum = ? where id = ?").params(brp.minusDays(7), samira).update();
        events.publishEvent(new HuishoudenGewijzigd(t.huishouden()));
        assertThat(((java.sql.Date) rij(samira).get("brp_datum")).toLocalDate()).isEqualTo(brp.minusDays(7));
        assertThat(((java.sql.Date) rij(samira).get("pip_uiterlijk")).toLocalDate())
            .isEqualTo(brp.minusDays(7).plusWeeks(10));
    }

    @Test
    void intakePipOntzorgenAndSignalEventsSetTheirColumnsAndSurviveARecomputation() {
        events.publishEvent(new BredeIntakeVastgelegd(t.id(), t.huishouden(), samira, brp.plusDays(10)));
        events.publishEvent(new PipGewijzigd(t.id(), t.huishouden(), samira, brp.plusDays(20), brp.plusDays(35)));
        events.publishEvent(new OntzorgenGewijzigd(t.id(), t.huishouden(), brp, brp.plusMonths(6), true));
        events.publishEvent(new SignaalStandGewijzigd(t.huishouden(), 2, true, null));
        assertThat(((java.sql.Date) rij(samira).get("intake_op")).toLocalDate()).isEqualTo(brp.plusDays(10));
        assertThat(((java.sql.Date) rij(samira).get("eerste_taalles_op")).toLocalDate()).isEqualTo(brp.plusDays(35));
        // the trajectory has no PIP date yet: the PIP module's fills in
        assertThat(((java.sql.Date) rij(samira).get("pip_op")).toLocalDate()).isEqualTo(brp.plusDays(20));
        assertThat(((java.sql.Date) huishouden().get("ontzorgen_einde")).toLocalDate()).isEqualTo(brp.plusMonths(6));
        assertThat(huishouden().get("overgang_geregeld")).isEqualTo(true);
        assertThat(huishouden().get("signalen_open")).isEqualTo(2);

        // a trajectory change recomputes the rows but leaves intake, lesson, ontzorgen and signals alone
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        assertThat(huishouden().get("status")).isEqualTo("INTAKE");
        assertThat(rij(samira).get("intake_op")).isNotNull();
        assertThat(rij(samira).get("eerste_taalles_op")).isNotNull();
        assertThat(huishouden().get("ontzorgen_einde")).isNotNull();
        assertThat(huishouden().get("signalen_open")).isEqualTo(2);

        events.publishEvent(new SignaalStandGewijzigd(t.huishouden(), 0, false, null));
        events.publishEvent(new PipGewijzigd(t.id(), t.huishouden(), samira, null, null));
        assertThat(huishouden().get("signalen_open")).isEqualTo(0);
        assertThat(rij(samira).get("eerste_taalles_op")).isNull();
    }

    @Test
    void anonymisingRemovesTheNameAndKeepsTheRowsForTheFigures() {
        events.publishEvent(new HuishoudenGeanonimiseerd(t.huishouden()));
        assertThat(huishouden().get("naam")).isEqualTo(HuishoudenGeanonimiseerd.TEKST);
        assertThat(rij(samira).get("brp_datum")).isNotNull();
    }
}
