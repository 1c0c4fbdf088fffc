package nl.wegwijs.huishouden;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Households against PostgreSQL: who may read them, how they change, what is logged. */
@IntegrationTest
class HuishoudenServiceTests {

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    TrajectService trajecten;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject traject;
    LocalDate brp = LocalDate.now().minusMonths(2);

    @BeforeEach
    void wereld() {
        w = data.wereld();
        traject = data.aanmelding(w, brp);
    }

    @Test
    void storesPersonsWithTheirOwnDatesAndReadsThemBackInOrder() {
        Huishouden h = huishoudens.find(w.als(Rol.REGIEVOERDER), traject.huishouden()).orElseThrow();
        assertThat(h.personen()).extracting(Persoon::voornaam).containsExactly("Samira", "Yusuf", "Lina");
        assertThat(h.personen()).extracting(Persoon::brpDatum).containsOnly(brp);
        assertThat(h.hoofdpersoon().talen()).containsExactly("Arabisch");
        assertThat(h.brpDatum()).isEqualTo(brp);
        assertThat(h.personen().get(2).bekostigd(LocalDate.now())).as("a child brings no funding").isFalse();
        assertThat(h.personen().get(0).bekostigd(LocalDate.now())).isTrue();
    }

    @Test
    void visibilityPerRoleHoldsAtTheMomentOfTheQuery() {
        assertThat(huishoudens.find(w.als(Rol.VRIJWILLIGER), traject.huishouden())).isEmpty();
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), traject.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), traject.id(), 2, w.als(Rol.VRIJWILLIGER).id(),
                ToewijzingRol.VRIJWILLIGER, LocalDate.now().minusDays(10));
        assertThat(huishoudens.find(w.als(Rol.VRIJWILLIGER), traject.huishouden())).isPresent();
        assertThat(huishoudens.find(w.als(Rol.BEGELEIDER), traject.huishouden())).isPresent();
        assertThat(huishoudens.find(w.begeleiderB(), traject.huishouden())).isEmpty();
        for (Rol rol : List.of(Rol.TEAMLEIDER, Rol.REGIEVOERDER, Rol.BUDGETCOACH)) {
            assertThat(huishoudens.find(w.als(rol), traject.huishouden())).as(rol.name()).isPresent();
        }
        for (Rol rol : List.of(Rol.WIJKTEAM, Rol.BELEID, Rol.BEHEERDER)) {
            assertThat(huishoudens.find(w.als(rol), traject.huishouden())).as(rol.name()).isEmpty();
        }
        var t = trajecten.dossier(w.als(Rol.TEAMLEIDER), traject.id()).orElseThrow().traject();
        trajecten.beeindigToewijzing(w.als(Rol.TEAMLEIDER), traject.id(), t.versie(), t.toewijzingen().get(0).id(),
                LocalDate.now().minusDays(1));
        assertThat(huishoudens.find(w.als(Rol.VRIJWILLIGER), traject.huishouden()))
            .as("an ended assignment no longer gives access").isEmpty();
    }

    @Test
    void aNareizigerJoinsLaterWithTheirOwnBrpDate() {
        LocalDate later = LocalDate.now().minusDays(3);
        Persoon p = huishoudens.voegPersoonToe(w.als(Rol.REGIEVOERDER), traject.huishouden(), 1,
                TestData.persoon(PersoonRol.NAREIZIGER, "Omar", "Haddad", LocalDate.of(2008, 1, 1), later));
        Huishouden h = huishoudens.find(w.als(Rol.REGIEVOERDER), traject.huishouden()).orElseThrow();
        assertThat(h.personen()).hasSize(4);
        assertThat(h.persoon(p.id()).orElseThrow().brpDatum()).isEqualTo(later);
        assertThat(h.brpDatum()).as("the household's date ignores the nareiziger").isEqualTo(brp);
        assertThat(h.versie()).isEqualTo(2);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        huishoudens.wijzig(w.als(Rol.REGIEVOERDER), traject.huishouden(), 1,
                new Adres("Laan", "2", "2500 AA", "Den Haag"), huishoudens.intern(traject.huishouden()).orElseThrow()
                    .datums(), null);
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> huishoudens.wijzig(w.als(Rol.REGIEVOERDER), traject.huishouden(), 1,
                    new Adres("Straat", "9", null, null),
                    huishoudens.intern(traject.huishouden()).orElseThrow().datums(), null));
        assertThat(huishoudens.intern(traject.huishouden()).orElseThrow().adres().straat()).isEqualTo("Laan");
    }

    @Test
    void refusesAnInvalidBsnWithADutchKey() {
        var metBsn = new NieuwePersoon(null, PersoonRol.KIND, "Sara", "Haddad", LocalDate.of(2019, 4, 4),
                Geslacht.VROUW, "Syrië", List.of(), false, null, Geletterdheid.ONBEKEND, null, "123456789", null, brp,
                Verblijfsstatus.ASIELSTATUSHOUDER);
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> huishoudens.voegPersoonToe(w.als(Rol.REGIEVOERDER), traject.huishouden(), 1, metBsn))
            .satisfies(f -> assertThat(f.code()).isEqualTo("huishouden.bsn.ongeldig"));
    }

    @Test
    void aVrijwilligerMayReadButNotChangeBaseData() {
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), traject.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), traject.id(), 2, w.als(Rol.VRIJWILLIGER).id(),
                ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> huishoudens.wijzig(w.als(Rol.VRIJWILLIGER), traject.huishouden(), 1, Adres.ONBEKEND,
                    new Huishouden.HuishoudenDatums(null, null, null, null), null));
    }

    @Test
    void aVrijwilligerSeesNoBsnOrVNummer() {
        var metBsn = new NieuwePersoon(null, PersoonRol.KIND, "Sara", "Haddad", LocalDate.of(2019, 4, 4),
                Geslacht.VROUW, "Syrië", List.of(), false, null, Geletterdheid.ONBEKEND, "V123456", "111222333", null,
                brp, Verblijfsstatus.ASIELSTATUSHOUDER);
        Persoon sara = huishoudens.voegPersoonToe(w.als(Rol.REGIEVOERDER), traject.huishouden(), 1, metBsn);
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), traject.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), traject.id(), 2, w.als(Rol.VRIJWILLIGER).id(),
                ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        Persoon gezien = huishoudens.find(w.als(Rol.VRIJWILLIGER), traject.huishouden()).orElseThrow()
            .persoon(sara.id()).orElseThrow();
        assertThat(gezien.bsn()).isNull();
        assertThat(gezien.vNummer()).isNull();
        assertThat(huishoudens.find(w.als(Rol.BEGELEIDER), traject.huishouden()).orElseThrow().persoon(sara.id())
            .orElseThrow().bsn()).isEqualTo("111222333");
    }

    @Test
    void everyWriteAndReadIsLoggedPerPersonInTheSameTransaction() {
        long aangemaakt = jdbc.sql("select count(*) from verwerking where huishouden_id = ? and actie = 'AANMAKEN' "
                + "and record_soort = 'persoon'").param(traject.huishouden().value()).query(Long.class).single();
        assertThat(aangemaakt).isEqualTo(3);
        huishoudens.find(w.als(Rol.TEAMLEIDER), traject.huishouden());
        assertThat(jdbc.sql("select count(distinct betrokkene_id) from verwerking where huishouden_id = ? and "
                + "actie = 'LEZEN' and medewerker_id = ?").params(traject.huishouden().value(),
                        w.als(Rol.TEAMLEIDER).id()).query(Long.class).single()).isEqualTo(3);
    }
}
