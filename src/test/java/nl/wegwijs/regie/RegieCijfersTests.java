package nl.wegwijs.regie;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.intake.BredeIntakeVastgelegd;
import nl.wegwijs.ontzorgen.OntzorgenGewijzigd;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.pip.PipGewijzigd;
import nl.wegwijs.signaal.SignaalStandGewijzigd;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's figures on a small hand-built set, numbers computed by hand. The regime's PIP deadline is 10 weeks
 * (70 days) after the person's BRP registration. Four households of two adults (Samira, Yusuf: inburgeringsplichtig)
 * and a child (Lina: not), T = today:
 * <ul>
 * <li>H1 Optijd: BRP T-100, deadline T-30. Samira's PIP on BRP+60 (on time), Yusuf's on BRP+80 (late). Intake Samira
 * BRP+14, Yusuf BRP+30; Samira's first language lesson BRP+90. Started, moved on to FASE2 (phase 1 over). Ontzorgen
 * ends T+20, transition arranged.</li>
 * <li>H2 Verlopen: BRP T-80, deadline T-10, no PIP: 2 overdue. Intake Samira BRP+20. 2 open signals.</li>
 * <li>H3 Binnenkort: BRP T-65, deadline T+5, no PIP: 2 due within two weeks. Ontzorgen ends T+10, no transition.</li>
 * <li>H4 Later: BRP T-20, deadline T+50: neither due nor overdue. Ontzorgen ends T+60 (beyond four weeks).</li>
 * </ul>
 */
@IntegrationTest
class RegieCijfersTests {

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    Regieoverzicht overzicht;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    TestData.Wereld w;
    LocalDate t;
    Traject h1;
    Traject h2;
    Traject h3;
    Traject h4;

    @BeforeEach
    void set() {
        w = data.wereld();
        t = LocalDate.now(clock);
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        h1 = trajecten.meldAan(regie, data.aanmeldingVoor(w, t.minusDays(100), "Optijd"));
        h2 = trajecten.meldAan(regie, data.aanmeldingVoor(w, t.minusDays(80), "Verlopen"));
        h3 = trajecten.meldAan(regie, data.aanmeldingVoor(w, t.minusDays(65), "Binnenkort"));
        h4 = trajecten.meldAan(regie, data.aanmeldingVoor(w, t.minusDays(20), "Later"));
        LocalDate brp1 = t.minusDays(100);
        trajecten.accepteer(tl, h1.id(), 1, w.teamA().id());
        trajecten.start(tl, h1.id(), 2, t.minusDays(90));
        trajecten.naarFase(tl, h1.id(), 3, "FASE2", t.minusDays(10));
        trajecten.legPipVast(regie, h1.id(), persoon(h1, "Samira"), 0, brp1.plusDays(60));
        trajecten.legPipVast(regie, h1.id(), persoon(h1, "Yusuf"), 0, brp1.plusDays(80));
        events.publishEvent(new BredeIntakeVastgelegd(h1.id(), h1.huishouden(), persoon(h1, "Samira"),
                brp1.plusDays(14)));
        events.publishEvent(new BredeIntakeVastgelegd(h1.id(), h1.huishouden(), persoon(h1, "Yusuf"),
                brp1.plusDays(30)));
        events.publishEvent(new BredeIntakeVastgelegd(h2.id(), h2.huishouden(), persoon(h2, "Samira"),
                t.minusDays(80).plusDays(20)));
        events.publishEvent(new PipGewijzigd(h1.id(), h1.huishouden(), persoon(h1, "Samira"), brp1.plusDays(60),
                brp1.plusDays(90)));
        events.publishEvent(new SignaalStandGewijzigd(h2.huishouden(), 2, false, null));
        events.publishEvent(new OntzorgenGewijzigd(h1.id(), h1.huishouden(), t.minusDays(150), t.plusDays(20), true));
        events.publishEvent(new OntzorgenGewijzigd(h3.id(), h3.huishouden(), t.minusDays(170), t.plusDays(10), false));
        events.publishEvent(new OntzorgenGewijzigd(h4.id(), h4.huishouden(), t.minusDays(120), t.plusDays(60), false));
    }

    private UUID persoon(Traject traject, String voornaam) {
        return huishoudens.intern(traject.huishouden()).orElseThrow().personen().stream()
            .filter(p -> p.voornaam().equals(voornaam)).map(Persoon::id).findFirst().orElseThrow();
    }

    @Test
    void theFiguresMatchTheHandCount() {
        var c = overzicht.cijfers(w.als(Rol.REGIEVOERDER), null);
        // H2: Samira and Yusuf past their deadline without a PIP
        assertThat(c.pipVerlopen()).isEqualTo(2);
        // H3: deadline T+5, within two weeks
        assertThat(c.pipBinnenkort()).isEqualTo(2);
        // H1: Samira 60 <= 70 days, Yusuf 80 > 70 days: 1 of 2 on time = 50%
        assertThat(c.pipOpTijd()).isEqualTo(1);
        assertThat(c.pipTeLaat()).isEqualTo(1);
        assertThat(c.pipOpTijdProcent()).isEqualTo(50);
        // intake after 14, 30 and 20 days: median (the middle value) 20, 3 persons
        assertThat(c.intake()).isEqualTo(new Regieoverzicht.Duur(20, 3));
        // PIP after 60 and 80 days: the lower middle value (percentile_disc) 60, 2 persons
        assertThat(c.pip()).isEqualTo(new Regieoverzicht.Duur(60, 2));
        // first language lesson: Samira after 90 days
        assertThat(c.taalles()).isEqualTo(new Regieoverzicht.Duur(90, 1));
        // H1 moved on to FASE2; Yusuf has had no language lesson (Samira has): 1 person in the gap
        assertThat(c.startgat()).isEqualTo(1);
        // H2 has open signals
        assertThat(c.signalen()).isEqualTo(1);
        // H1 (T+20) and H3 (T+10) end within four weeks, H4 (T+60) does not; H3 without transition
        assertThat(c.ontzorgenEindigt()).isEqualTo(2);
        assertThat(c.ontzorgenZonderOvergang()).isEqualTo(1);
        // stages: H1 actief in FASE2, the other three aangemeld without a phase
        assertThat(c.huishoudens()).isEqualTo(4);
        assertThat(c.stadia()).containsExactly(new Regieoverzicht.Stadium("AANGEMELD", null, null, 3),
                new Regieoverzicht.Stadium("ACTIEF", "FASE2", "Verdere begeleiding", 1));
    }

    @Test
    void theTaakstellingCountsEveryPersonRegisteredInTheBrpInTheHalfYear() {
        int halfjaar = t.getMonthValue() <= 6 ? 1 : 2;
        LocalDate van = LocalDate.of(t.getYear(), halfjaar == 1 ? 1 : 7, 1);
        organisaties.zetTaakstelling(w.als(Rol.BEHEERDER), w.gemeente().id(), t.getYear(), halfjaar, 24);
        // three persons per household (the child too) whose BRP date lies in [van, today]
        int verwacht = 0;
        for (int dagen : new int[] { 100, 80, 65, 20 }) {
            verwacht += t.minusDays(dagen).isBefore(van) ? 0 : 3;
        }
        var c = overzicht.cijfers(w.als(Rol.REGIEVOERDER), null);
        assertThat(c.taakstelling().ingeschreven()).isEqualTo(verwacht);
        assertThat(c.taakstelling().doel()).isEqualTo(24);
        assertThat(c.taakstelling().procent()).isEqualTo(Math.round(100f * verwacht / 24));
    }

    @Test
    void everyFigureListsTheRowsItCounts() {
        Medewerker regie = w.als(Rol.REGIEVOERDER);
        var c = overzicht.cijfers(regie, null);
        assertThat(lijst(Cijfer.PIP_VERLOPEN)).isEqualTo(c.pipVerlopen());
        assertThat(lijst(Cijfer.PIP_BINNENKORT)).isEqualTo(c.pipBinnenkort());
        assertThat(lijst(Cijfer.PIP_OP_TIJD)).isEqualTo(c.pipOpTijd());
        assertThat(lijst(Cijfer.PIP_TE_LAAT)).isEqualTo(c.pipTeLaat());
        assertThat(lijst(Cijfer.INTAKE)).isEqualTo(c.intake().personen());
        assertThat(lijst(Cijfer.PIP)).isEqualTo(c.pip().personen());
        assertThat(lijst(Cijfer.TAALLES)).isEqualTo(c.taalles().personen());
        assertThat(lijst(Cijfer.STARTGAT)).isEqualTo(c.startgat());
        assertThat(lijst(Cijfer.SIGNALEN)).isEqualTo(c.signalen());
        assertThat(lijst(Cijfer.ONTZORGEN_EINDIGT)).isEqualTo(c.ontzorgenEindigt());
        assertThat(lijst(Cijfer.ONTZORGEN_ZONDER_OVERGANG)).isEqualTo(c.ontzorgenZonderOvergang());
        assertThat(lijst(Cijfer.TAAKSTELLING)).isEqualTo(c.taakstelling().ingeschreven());
        assertThat(overzicht.huishoudens(regie, Cijfer.STADIUM, null, "AANGEMELD", null, null, null).regels())
            .hasSize(3);
        assertThat(overzicht.huishoudens(regie, Cijfer.STADIUM, null, "ACTIEF", "FASE2", null, null).regels())
            .extracting(Regieoverzicht.Regel::huishoudenId).containsExactly(h1.huishouden().value());
        assertThat(overzicht.huishoudens(regie, Cijfer.STARTGAT, null, null, null, null, null).regels())
            .extracting(Regieoverzicht.Regel::id).containsExactly(persoon(h1, "Yusuf"));
    }

    private int lijst(Cijfer cijfer) {
        return overzicht.huishoudens(w.als(Rol.REGIEVOERDER), cijfer, null, null, null, null, null).regels().size();
    }

    @Test
    void anotherUitvoerderFiltersEverythingAway() {
        var ander = data.wereld();
        // the other world's uitvoerder has no contract in this gemeente: the filter is ignored, all is shown
        assertThat(overzicht.cijfers(w.als(Rol.REGIEVOERDER), ander.uitvoerder().id()).huishoudens()).isEqualTo(4);
        assertThat(overzicht.cijfers(w.als(Rol.REGIEVOERDER), w.uitvoerder().id()).huishoudens()).isEqualTo(4);
        // the other gemeente's regievoerder sees none of these households
        assertThat(overzicht.cijfers(ander.als(Rol.REGIEVOERDER), null).huishoudens()).isZero();
    }
}
