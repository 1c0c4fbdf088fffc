package nl.wegwijs.toestemming;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The consent register's rules against PostgreSQL: persons of the household only, categories non-empty, a valid
 * period, the recipient the household's own gemeente or uitvoerder, revoke and "still agreed" at the version seen,
 * who may record, the due checks per role, and the emergency override.
 */
@IntegrationTest
class ToestemmingTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    ToestemmingService service;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject a;
    Traject b;
    Set<UUID> volwassenenA;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
        volwassenenA = Set.copyOf(trajecten.inzage(w.als(Rol.TEAMLEIDER), a.huishouden()).huishouden().personen()
            .stream().filter(p -> p.volwassen(VANDAAG)).map(Persoon::id).toList());
    }

    NieuweToestemming nieuw(Set<UUID> personen, Set<Gegevenssoort> gegevens, LocalDate vanaf, LocalDate tot) {
        return new NieuweToestemming(personen, w.gemeente().id(), Rol.REGIEVOERDER, gegevens, Doel.REGIE, vanaf, tot,
                Wijze.MONDELING_MET_TOLK, "Arabisch", VANDAAG.plusMonths(6));
    }

    NieuweToestemming notities() {
        return nieuw(volwassenenA, Set.of(Gegevenssoort.NOTITIES), VANDAAG, null);
    }

    @Test
    void aConsentOfAllAdultsLetsTheRegievoerderSeeNotes() {
        assertThat(trajecten.inzage(w.als(Rol.REGIEVOERDER), a.huishouden()).toestemmingNodig(Gegevenssoort.NOTITIES))
            .isTrue();
        List<Toestemming> t = service.legVast(w.als(Rol.BEGELEIDER), a.huishouden(), notities());
        assertThat(t).hasSize(2).allSatisfy(x -> {
            assertThat(x.ontvangerNaam()).isEqualTo("gemeente " + w.gemeente().naam() + " — regievoerder");
            assertThat(x.taal()).isEqualTo("Arabisch");
        });
        assertThat(trajecten.inzage(w.als(Rol.REGIEVOERDER), a.huishouden()).magZien(Gegevenssoort.NOTITIES)).isTrue();
        assertThat(trajecten.inzage(w.als(Rol.BUDGETCOACH), a.huishouden()).magZien(Gegevenssoort.NOTITIES)).isFalse();
        assertThat(jdbc.sql("select count(*) from verwerking where record_soort = 'toestemming' and actie = 'AANMAKEN'"
                + " and huishouden_id = ?").param(a.huishouden().value()).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void onlyPersonsOfTheHousehold() {
        UUID ander = trajecten.inzage(w.als(Rol.TEAMLEIDER), b.huishouden()).huishouden().personen().get(0).id();
        assertThatThrownBy(() -> service.legVast(w.als(Rol.TEAMLEIDER), a.huishouden(),
                nieuw(Set.of(ander), Set.of(Gegevenssoort.NOTITIES), VANDAAG, null)))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.persoon.onbekend");
        assertThatThrownBy(() -> service.legVast(w.als(Rol.TEAMLEIDER), a.huishouden(),
                nieuw(Set.of(), Set.of(Gegevenssoort.NOTITIES), VANDAAG, null)))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.persoon.onbekend");
    }

    @Test
    void categoriesNonEmptyAndPeriodValid() {
        assertThatThrownBy(() -> service.legVast(w.als(Rol.TEAMLEIDER), a.huishouden(),
                nieuw(volwassenenA, Set.of(), VANDAAG, null)))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.gegevens.leeg");
        assertThatThrownBy(() -> service.legVast(w.als(Rol.TEAMLEIDER), a.huishouden(),
                nieuw(volwassenenA, Set.of(Gegevenssoort.NOTITIES), VANDAAG, VANDAAG.minusDays(1))))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.periode.ongeldig");
    }

    @Test
    void theRecipientIsTheHouseholdsOwnGemeenteOrUitvoerder() {
        TestData.Wereld ander = data.wereld();
        assertThatThrownBy(() -> service.legVast(w.als(Rol.TEAMLEIDER), a.huishouden(),
                new NieuweToestemming(volwassenenA, ander.gemeente().id(), null, Set.of(Gegevenssoort.NOTITIES),
                        Doel.REGIE, VANDAAG, null, Wijze.SCHRIFTELIJK, null, null)))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.ontvanger.onbekend");
    }

    @Test
    void forAMoveTheRecipientIsTheNewGemeenteButNotAnotherUitvoerder() {
        TestData.Wereld nieuwe = data.wereld();
        List<Toestemming> vastgelegd = service.legVast(w.als(Rol.TEAMLEIDER), a.huishouden(),
                new NieuweToestemming(volwassenenA, nieuwe.gemeente().id(), null,
                        Set.of(Gegevenssoort.BASISGEGEVENS), Doel.VERHUIZING, VANDAAG, null, Wijze.SCHRIFTELIJK,
                        null, null));
        assertThat(vastgelegd).isNotEmpty().allSatisfy(t -> {
            assertThat(t.ontvangerOrganisatieId()).isEqualTo(nieuwe.gemeente().id());
            assertThat(t.ontvangerNaam()).isEqualTo("gemeente " + nieuwe.gemeente().naam());
        });
        assertThatThrownBy(() -> service.legVast(w.als(Rol.TEAMLEIDER), a.huishouden(),
                new NieuweToestemming(volwassenenA, nieuwe.uitvoerder().id(), null,
                        Set.of(Gegevenssoort.BASISGEGEVENS), Doel.VERHUIZING, VANDAAG, null, Wijze.SCHRIFTELIJK,
                        null, null)))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.ontvanger.onbekend");
    }

    @Test
    void whoMayRecord() {
        // the vrijwilliger records for the household assigned to them, not for another
        assertThat(service.legVast(w.als(Rol.VRIJWILLIGER), a.huishouden(), notities())).hasSize(2);
        assertThatThrownBy(() -> service.legVast(w.als(Rol.VRIJWILLIGER), b.huishouden(), notities()))
            .isInstanceOf(NietGevonden.class);
        for (Rol rol : List.of(Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            assertThatThrownBy(() -> service.legVast(w.als(rol), a.huishouden(), notities()))
                .isInstanceOf(NietGevonden.class);
        }
    }

    @Test
    void revokeAtTheVersionSeenKeepsTheHistory() {
        Toestemming t = service.legVast(w.als(Rol.BEGELEIDER), a.huishouden(), notities()).get(0);
        assertThatThrownBy(() -> service.trekIn(w.als(Rol.BEGELEIDER), t.id(), 0, " "))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.intrekken.reden");
        assertThatThrownBy(() -> service.trekIn(w.als(Rol.BEGELEIDER), t.id(), 7, "Wil het niet meer"))
            .isInstanceOf(GelijktijdigGewijzigd.class);
        Toestemming in = service.trekIn(w.als(Rol.BEGELEIDER), t.id(), 0, "Wil het niet meer");
        assertThat(in.ingetrokkenOp()).isNotNull();
        assertThat(in.intrekkingReden()).isEqualTo("Wil het niet meer");
        assertThat(in.versie()).isEqualTo(1);
        assertThat(trajecten.inzage(w.als(Rol.REGIEVOERDER), a.huishouden()).magZien(Gegevenssoort.NOTITIES))
            .isFalse();
        assertThat(service.lijst(w.als(Rol.TEAMLEIDER), a.huishouden())).extracting(Toestemming::id)
            .contains(t.id());
    }

    @Test
    void dueChecksPerRoleAndStillAgreed() {
        NieuweToestemming bijna = new NieuweToestemming(volwassenenA, w.gemeente().id(), Rol.REGIEVOERDER,
                Set.of(Gegevenssoort.NOTITIES), Doel.REGIE, VANDAAG.minusMonths(6), null, Wijze.MONDELING, null,
                VANDAAG.plusDays(3));
        service.legVast(w.als(Rol.BEGELEIDER), a.huishouden(), bijna);
        assertThat(service.aantalTeControleren(w.als(Rol.BEGELEIDER))).isEqualTo(2);
        assertThat(service.aantalTeControleren(w.als(Rol.REGIEVOERDER))).isEqualTo(2);
        assertThat(service.aantalTeControleren(w.begeleiderB())).isZero();
        assertThat(service.aantalTeControleren(w.als(Rol.BELEID))).isZero();
        ToestemmingService.ControlePagina p = service.teControleren(w.als(Rol.BEGELEIDER), null, null, 1);
        assertThat(p.regels()).hasSize(1);
        assertThat(p.laatste()).isNotNull();
        ControleRegel eerste = p.regels().get(0);
        ToestemmingService.ControlePagina p2 = service.teControleren(w.als(Rol.BEGELEIDER),
                eerste.controleOp(), eerste.id(), 1);
        assertThat(p2.regels()).hasSize(1).extracting(ControleRegel::id).doesNotContain(eerste.id());
        assertThat(p2.laatste()).isNull();

        Toestemming t = service.nogAkkoord(w.als(Rol.BEGELEIDER), eerste.id(), eerste.versie(), null);
        assertThat(t.controleOp()).isEqualTo(service.vandaag().plusMonths(6));
        assertThat(service.aantalTeControleren(w.als(Rol.BEGELEIDER))).isEqualTo(1);
        assertThatThrownBy(() -> service.nogAkkoord(w.als(Rol.BEGELEIDER), eerste.id(), eerste.versie(), null))
            .isInstanceOf(GelijktijdigGewijzigd.class);
    }

    @Test
    void anEmergencyOverrideOpensEverythingUnderPurposeDoorbraak() {
        Medewerker rv = w.als(Rol.REGIEVOERDER);
        assertThat(trajecten.inzage(rv, a.huishouden()).magZien(Gegevenssoort.NOTITIES)).isFalse();
        assertThatThrownBy(() -> service.doorbreek(rv, a.huishouden(), "te kort"))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.doorbraak.reden");
        assertThatThrownBy(() -> service.doorbreek(w.als(Rol.BUDGETCOACH), a.huishouden(), "Acuut gevaar voor kind"))
            .isInstanceOf(DomeinFout.class).hasMessageContaining("toestemming.doorbraak.niet-toegestaan");
        UUID id = service.doorbreek(rv, a.huishouden(), "Acuut gevaar: melding van de school");
        var inzage = trajecten.inzage(rv, a.huishouden());
        assertThat(inzage.zichtbaar()).containsAll(Set.of(Gegevenssoort.values()));
        assertThat(inzage.doel()).isEqualTo("DOORBRAAK");
        assertThat(inzage.magDoorbreken()).isFalse();
        assertThat(jdbc.sql("select distinct doel from verwerking where record_soort = 'doorbraak' and record_id = ?"
                + " and actie = 'AANMAKEN'").param(id).query(String.class).list()).containsExactly("DOORBRAAK");
        assertThat(jdbc.sql("select extract(epoch from tot - vanaf)::int from doorbraak where id = ?").param(id)
            .query(Integer.class).single()).isEqualTo(24 * 3600);

        // flagged to the teamleider of the uitvoerder and the privacy officer; not to another organisation
        assertThat(service.privacy(w.als(Rol.TEAMLEIDER), null, null, 10).doorbraken())
            .extracting(DoorbraakRegel::id).containsExactly(id);
        assertThat(service.privacy(w.als(Rol.PRIVACYFUNCTIONARIS), null, null, 10).doorbraken())
            .extracting(DoorbraakRegel::id).containsExactly(id);
        assertThat(service.privacy(data.wereld().als(Rol.TEAMLEIDER), null, null, 10).doorbraken()).isEmpty();
        assertThatThrownBy(() -> service.privacy(w.als(Rol.REGIEVOERDER), null, null, 10))
            .isInstanceOf(NietGevonden.class);

        service.gezien(w.als(Rol.PRIVACYFUNCTIONARIS), id);
        DoorbraakRegel r = service.privacy(w.als(Rol.PRIVACYFUNCTIONARIS), null, null, 10).doorbraken().get(0);
        assertThat(r.doorMijGezien()).isTrue();
        assertThat(r.gezien()).contains(w.als(Rol.PRIVACYFUNCTIONARIS).naam());
        assertThat(service.privacy(w.als(Rol.TEAMLEIDER), null, null, 10).doorbraken().get(0).doorMijGezien())
            .isFalse();
        assertThatThrownBy(() -> service.gezien(data.wereld().als(Rol.PRIVACYFUNCTIONARIS), id))
            .isInstanceOf(NietGevonden.class);
    }

    @Test
    void registerFiguresForThePrivacyOfficer() {
        service.legVast(w.als(Rol.BEGELEIDER), a.huishouden(), notities());
        ToestemmingService.Privacy p = service.privacy(w.als(Rol.PRIVACYFUNCTIONARIS), null, null, 10);
        assertThat(p.aantal(Gegevenssoort.NOTITIES)).isEqualTo(2);
        assertThat(p.aantal(Doel.REGIE)).isEqualTo(2);
        assertThat(p.aantal(Gegevenssoort.GEZONDHEID)).isZero();
    }
}
