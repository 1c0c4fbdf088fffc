package nl.wegwijs.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
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
 * The brede intake against PostgreSQL: the regievoerder records and edits, a stale version is refused with nothing
 * written, guides read the findings but never the health finding (not even with a consent), a regievoerder of another
 * gemeente does not see the household, the budgetcoach needs a consent, every read and write is logged, and every
 * save publishes {@link BredeIntakeVastgelegd}.
 */
@IntegrationTest
@RecordApplicationEvents
class IntakeServiceTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    IntakeService intakes;

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    IntakePersoonsgegevens persoonsgegevens;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    TestData.Wereld w;
    Traject a;
    Persoon samira;
    Persoon yusuf;
    Persoon lina;
    Medewerker rv;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        rv = w.als(Rol.REGIEVOERDER);
        var h = trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden();
        samira = h.personen().stream().filter(p -> p.voornaam().equals("Samira")).findFirst().orElseThrow();
        yusuf = h.personen().stream().filter(p -> p.voornaam().equals("Yusuf")).findFirst().orElseThrow();
        lina = h.personen().stream().filter(p -> p.voornaam().equals("Lina")).findFirst().orElseThrow();
    }

    private BredeIntake vastgelegd() {
        return intakes.legVast(rv, a.huishouden(), samira.id(), null, IntakeFixture.gegevens(VANDAAG.minusDays(3)));
    }

    private long log(UUID persoon, String actie, Medewerker wie) {
        return jdbc.sql("select count(*) from verwerking where betrokkene_id = ? and record_soort = 'brede-intake' "
                + "and actie = ? and medewerker_id = ?").params(persoon, actie, wie.id()).query(Long.class).single();
    }

    @Test
    void regievoerderRecordsAnIntakeAndEditsItWithItsVersion() {
        BredeIntake b = vastgelegd();
        assertThat(b.versie()).isEqualTo(1);
        assertThat(b.regievoerderId()).isEqualTo(rv.id());
        assertThat(b.gegevens().gezondheid()).isEqualTo(new Gezondheid(true, IntakeFixture.GEZONDHEID));
        assertThat(b.gegevens().signalen()).hasSize(1);
        assertThat(log(samira.id(), "AANMAKEN", rv)).isEqualTo(1);

        IntakeGegevens anders = IntakeFixture.metSignalen(IntakeFixture.metVerwachtingen(b.gegevens(),
                "Over drie jaar een eigen garage"), List.of());
        BredeIntake gewijzigd = intakes.legVast(rv, a.huishouden(), samira.id(), b.versie(), anders);
        assertThat(gewijzigd.versie()).isEqualTo(2);
        assertThat(gewijzigd.gegevens().verwachtingen()).isEqualTo("Over drie jaar een eigen garage");
        assertThat(gewijzigd.gegevens().signalen()).isEmpty();
        assertThat(gewijzigd.gewijzigdDoor()).isEqualTo(rv.id());
        assertThat(gewijzigd.gewijzigdOp()).isNotNull();
        assertThat(log(samira.id(), "WIJZIGEN", rv)).isEqualTo(1);
        assertThat(events.stream(BredeIntakeVastgelegd.class)
            .filter(e -> e.persoonId().equals(samira.id()))).hasSize(2)
            .allSatisfy(e -> {
                assertThat(e.traject()).isEqualTo(a.id());
                assertThat(e.huishouden()).isEqualTo(a.huishouden());
                assertThat(e.gehoudenOp()).isEqualTo(VANDAAG.minusDays(3));
            });

        IntakeService.IntakesVanHuishouden o = intakes.overzicht(rv, a.huishouden());
        assertThat(o.personen()).extracting(pi -> pi.persoon().voornaam()).containsExactlyInAnyOrder("Samira",
                "Yusuf");
        assertThat(o.personen()).filteredOn(pi -> pi.persoon().id().equals(samira.id())).singleElement()
            .satisfies(pi -> assertThat(pi.intake().versie()).isEqualTo(2));
        assertThat(o.personen()).filteredOn(pi -> pi.persoon().id().equals(yusuf.id())).singleElement()
            .satisfies(pi -> assertThat(pi.intake()).isNull());
        assertThat(o.magVastleggen()).isTrue();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        BredeIntake b = vastgelegd();
        intakes.legVast(rv, a.huishouden(), samira.id(), b.versie(),
                IntakeFixture.metVerwachtingen(b.gegevens(), "Eerste wijziging"));
        assertThatThrownBy(() -> intakes.legVast(rv, a.huishouden(), samira.id(), b.versie(),
                IntakeFixture.metVerwachtingen(b.gegevens(), "Tweede wijziging")))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThatThrownBy(() -> intakes.legVast(rv, a.huishouden(), samira.id(), null,
                IntakeFixture.metVerwachtingen(b.gegevens(), "Nog een eerste")))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        assertThatThrownBy(() -> intakes.legVast(rv, a.huishouden(), yusuf.id(), 3L,
                IntakeFixture.gegevens(VANDAAG))).isInstanceOf(GelijktijdigGewijzigd.class);
        BredeIntake nu = intakes.intake(rv, a.huishouden(), samira.id()).intake();
        assertThat(nu.versie()).isEqualTo(2);
        assertThat(nu.gegevens().verwachtingen()).isEqualTo("Eerste wijziging");
        assertThat(intakes.intake(rv, a.huishouden(), yusuf.id()).intake()).isNull();
    }

    @Test
    void badInputWritesNothingAndAChildGetsNoIntake() {
        IntakeGegevens zonderInstemming = IntakeFixture.metAanwezig(IntakeFixture.gegevens(VANDAAG),
                new Aanwezigen(true, false, true, false, null));
        assertThatThrownBy(() -> intakes.legVast(rv, a.huishouden(), samira.id(), null, zonderInstemming))
            .isInstanceOf(DomeinFout.class).hasMessage("intake.instemming.nodig");
        assertThatThrownBy(() -> intakes.legVast(rv, a.huishouden(), lina.id(), null,
                IntakeFixture.gegevens(VANDAAG))).isInstanceOf(DomeinFout.class)
            .hasMessage("intake.persoon.niet-inburgeringsplichtig");
        assertThatThrownBy(() -> intakes.legVast(rv, a.huishouden(), UUID.randomUUID(), null,
                IntakeFixture.gegevens(VANDAAG))).isInstanceOf(NietGevonden.class);
        assertThat(jdbc.sql("select count(*) from brede_intake where huishouden_id = ?")
            .param(a.huishouden().value()).query(Long.class).single()).isZero();
    }

    @Test
    void guidesSeeTheFindingsButNeverTheHealthFinding() {
        vastgelegd();
        // even a consent for health to every receiving role does not open it
        data.toestemming(w, a, Rol.VRIJWILLIGER, Gegevenssoort.values());
        for (Medewerker gids : List.of(w.als(Rol.BEGELEIDER), w.als(Rol.VRIJWILLIGER), w.als(Rol.TEAMLEIDER))) {
            IntakeService.IntakesVanHuishouden o = intakes.overzicht(gids, a.huishouden());
            BredeIntake b = o.personen().stream().filter(pi -> pi.persoon().id().equals(samira.id())).findFirst()
                .orElseThrow().intake();
            assertThat(b.gegevens().gezondheid()).as(gids.rol().name()).isNull();
            assertThat(b.metGezondheid()).isFalse();
            assertThat(b.gegevens().verwachtingen()).isEqualTo("Over drie jaar werk als monteur");
            assertThat(b.gegevens().opleidingWerk()).isEqualTo("Vijf jaar monteur in een garage");
            assertThat(o.magGezondheidZien()).isFalse();
            assertThat(o.magVastleggen()).isFalse();
            BredeIntake een = intakes.intake(gids, a.huishouden(), samira.id()).intake();
            assertThat(een.gegevens().gezondheid()).isNull();
            assertThat(log(samira.id(), "LEZEN", gids)).isEqualTo(2);
            assertThatThrownBy(() -> intakes.legVast(gids, a.huishouden(), samira.id(), 1L,
                    IntakeFixture.gegevens(VANDAAG))).isInstanceOf(DomeinFout.class)
                .hasMessage("intake.niet-toegestaan");
        }
        assertThat(intakes.intake(rv, a.huishouden(), samira.id()).intake().gegevens().gezondheid().toelichting())
            .isEqualTo(IntakeFixture.GEZONDHEID);
    }

    @Test
    void aRegievoerderOfAnotherGemeenteDoesNotSeeTheHousehold() {
        vastgelegd();
        Medewerker ander = data.wereld().als(Rol.REGIEVOERDER);
        assertThatThrownBy(() -> intakes.overzicht(ander, a.huishouden())).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> intakes.intake(ander, a.huishouden(), samira.id()))
            .isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> intakes.legVast(ander, a.huishouden(), samira.id(), 1L,
                IntakeFixture.gegevens(VANDAAG))).isInstanceOf(NietGevonden.class);
    }

    @Test
    void theBudgetcoachNeedsAConsentAndThenStillDoesNotSeeHealth() {
        vastgelegd();
        Medewerker bc = w.als(Rol.BUDGETCOACH);
        IntakeService.IntakesVanHuishouden o = intakes.overzicht(bc, a.huishouden());
        assertThat(o.zichtbaar()).isFalse();
        assertThat(o.personen()).isEmpty();
        assertThat(o.inzage().toestemmingNodig(Gegevenssoort.INBURGERING)).isTrue();
        assertThatThrownBy(() -> intakes.intake(bc, a.huishouden(), samira.id()))
            .isInstanceOf(ToestemmingNodig.class);
        assertThat(log(samira.id(), "LEZEN", bc)).isZero();

        data.toestemming(w, a, Rol.BUDGETCOACH, Gegevenssoort.INBURGERING, Gegevenssoort.GEZONDHEID);
        BredeIntake b = intakes.intake(bc, a.huishouden(), samira.id()).intake();
        assertThat(b.gegevens().verwachtingen()).isNotNull();
        assertThat(b.gegevens().gezondheid()).isNull();
    }

    @Test
    void aClosedTrajectoryTakesNoChanges() {
        BredeIntake b = vastgelegd();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        trajecten.start(tl, a.id(), trajecten.dossier(tl, a.id()).orElseThrow().traject().versie(),
                VANDAAG.minusMonths(1));
        long versie = trajecten.dossier(tl, a.id()).orElseThrow().traject().versie();
        trajecten.sluitAf(tl, a.id(), versie, TrajectStatus.OVERGEDRAGEN, EindeReden.WARME_OVERDRACHT, VANDAAG, null);
        assertThatThrownBy(() -> intakes.legVast(rv, a.huishouden(), samira.id(), b.versie(), b.gegevens()))
            .isInstanceOf(DomeinFout.class).hasMessage("intake.traject-afgesloten");
        assertThat(intakes.intake(rv, a.huishouden(), samira.id()).intake().versie()).isEqualTo(1);
    }

    @Test
    void theInzageReportHoldsTheWholeIntakeOfThePersonOnly() {
        vastgelegd();
        var onderdeel = persoonsgegevens.gegevens(samira.id(), a.huishouden());
        assertThat(onderdeel.velden()).extracting(v -> v.naam() + "=" + v.waarde())
            .contains("gezondheidToelichting=" + IntakeFixture.GEZONDHEID, "regievoerder=" + rv.naam());
        assertThat(onderdeel.tabellen().get(0).rijen()).hasSize(1);
        assertThat(persoonsgegevens.gegevens(yusuf.id(), a.huishouden()).isLeeg()).isTrue();
    }

    @Test
    void anonymisingTheHouseholdRemovesTheFreeTextsAndKeepsTheDayAndChoices() {
        vastgelegd();
        tx.executeWithoutResult(s -> publisher.publishEvent(
                new nl.wegwijs.huishouden.HuishoudenGeanonimiseerd(a.huishouden())));
        BredeIntake b = intakes.intake(rv, a.huishouden(), samira.id()).intake();
        assertThat(b.gegevens().gezondheid().toelichting()).isNull();
        assertThat(b.gegevens().verwachtingen()).isNull();
        assertThat(b.gegevens().opleidingWerk()).isNull();
        assertThat(b.gegevens().talen()).isEmpty();
        assertThat(b.gegevens().signalen()).extracting(EerderSignaal::tekst).containsOnly("[geanonimiseerd]");
        assertThat(b.gegevens().gehoudenOp()).isEqualTo(VANDAAG.minusDays(3));
        assertThat(b.gegevens().opleidingsniveau()).isEqualTo(Opleidingsniveau.BEROEPSONDERWIJS);
        assertThat(b.gegevens().gezondheid().aandacht()).isTrue();
    }
}
