package nl.wegwijs.huishouden;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Huishouden.Adres;
import nl.wegwijs.huishouden.Huishouden.HuishoudenDatums;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.traject.TermijnStatus;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Correcting a household and its persons in one go (the edit screen's service call) and the duplicate check of the
 * aanmelding, against PostgreSQL.
 */
@IntegrationTest
class HuishoudenWijzigenTests {

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

    @BeforeEach
    void wereld() {
        w = data.wereld();
        // as the demo household "BRP ontbreekt": registered before the regeldag, nobody's BRP date known yet
        traject = trajecten.meldAan(w.als(Rol.REGIEVOERDER), new Aanmelding(w.contract().id(), Adres.ONBEKEND,
                new HuishoudenDatums(LocalDate.now().minusDays(30), null, null, null), null,
                List.of(zonderBrp(PersoonRol.HOOFDPERSOON, "Amal", LocalDate.of(1985, 1, 1)),
                        zonderBrp(PersoonRol.KIND, "Noor", LocalDate.of(2015, 6, 1))),
                LocalDate.now()));
    }

    static NieuwePersoon zonderBrp(PersoonRol rol, String voornaam, LocalDate geboren) {
        return new NieuwePersoon(null, rol, voornaam, "Darwish", geboren, Geslacht.VROUW, "Syrië",
                List.of("Arabisch"), false, null, Geletterdheid.ONBEKEND, null, null, null, null,
                Verblijfsstatus.ASIELSTATUSHOUDER);
    }

    static String bsn() {
        return HuishoudenWijzigenTestsHulp.bsn();
    }

    static String vNummer() {
        return HuishoudenWijzigenTestsHulp.vNummer();
    }

    private Huishouden huishouden() {
        return huishoudens.intern(traject.huishouden()).orElseThrow();
    }

    private static NieuwePersoon gegevens(Persoon p, LocalDate brp, String bsn) {
        return new NieuwePersoon(p.id(), p.rol(), p.voornaam(), p.achternaam(), p.geboortedatum(), p.geslacht(),
                p.landVanHerkomst(), p.talen(), p.tolkNodig(), p.tolkTaal(), p.geletterdheid(), p.vNummer(), bsn,
                p.vergunningDatum(), brp, p.status());
    }

    private long verwerkingen(String actie) {
        return jdbc.sql("select count(*) from verwerking where huishouden_id = ? and actie = ?")
            .params(traject.huishouden().value(), actie).query(Long.class).single();
    }

    @Test
    void correctsAddressDatesAndTheMissingBrpDatesInOneVersionAndTheDeadlinesFollow() {
        assertThat(trajecten.dossier(w.als(Rol.REGIEVOERDER), traject.huishouden()).orElseThrow().termijnenOpDatum())
            .as("before: the deadlines wait for the BRP date")
            .anyMatch(t -> t.status() == TermijnStatus.ONBEKEND);
        Huishouden h = huishouden();
        LocalDate brp = LocalDate.now().minusDays(7);
        huishoudens.wijzigGegevens(w.als(Rol.REGIEVOERDER), traject.huishouden(), h.versie(),
                new Adres("Kerkstraat", "3", "1234 AB", "Testdorp"),
                new HuishoudenDatums(LocalDate.now().minusDays(30), LocalDate.now().minusDays(10), brp, null),
                "azc Ter Apel", h.personen().stream().map(p -> gegevens(p, brp, null)).toList());
        Huishouden na = huishouden();
        assertThat(na.versie()).isEqualTo(h.versie() + 1);
        assertThat(na.adres().regel()).isEqualTo("Kerkstraat 3, 1234 AB Testdorp");
        assertThat(na.herkomstLocatie()).isEqualTo("azc Ter Apel");
        assertThat(na.personen()).extracting(Persoon::brpDatum).containsOnly(brp);
        assertThat(na.brpDatum()).isEqualTo(brp);
        assertThat(trajecten.dossier(w.als(Rol.REGIEVOERDER), traject.huishouden()).orElseThrow().termijnenOpDatum())
            .as("after: no deadline waits for a BRP date any more")
            .noneMatch(t -> "traject.termijn.ontbreekt.brp-inschrijving".equals(t.ontbreekt()));
        assertThat(verwerkingen("WIJZIGEN")).as("the household changed: logged for everyone").isEqualTo(2);
    }

    @Test
    void onlyAChangedPersonIsLoggedWhenTheHouseholdItselfStaysTheSame() {
        Huishouden h = huishouden();
        Persoon noor = h.personen().get(1);
        huishoudens.wijzigGegevens(w.als(Rol.REGIEVOERDER), traject.huishouden(), h.versie(), h.adres(), h.datums(),
                h.herkomstLocatie(), List.of(gegevens(h.personen().get(0), null, null),
                        gegevens(noor, LocalDate.now().minusDays(2), null)));
        assertThat(jdbc.sql("select betrokkene_id from verwerking where huishouden_id = ? and actie = 'WIJZIGEN'")
            .param(traject.huishouden().value()).query(UUID.class).list()).containsExactly(noor.id());
    }

    @Test
    void oneWrongPersonSavesNothingAtAll() {
        Huishouden h = huishouden();
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> huishoudens.wijzigGegevens(w.als(Rol.REGIEVOERDER), traject.huishouden(), h.versie(),
                    new Adres("Kerkstraat", "3", null, null), h.datums(), null,
                    List.of(gegevens(h.personen().get(0), LocalDate.now(), null),
                            gegevens(h.personen().get(1), LocalDate.of(2010, 1, 1), null))))
            .satisfies(f -> assertThat(f.code()).isEqualTo("huishouden.brp.voor-geboorte"));
        Huishouden na = huishouden();
        assertThat(na.versie()).isEqualTo(h.versie());
        assertThat(na.adres()).isEqualTo(Adres.ONBEKEND);
        assertThat(na.personen()).extracting(Persoon::brpDatum).containsOnlyNulls();
        assertThat(verwerkingen("WIJZIGEN")).isZero();
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsWritten() {
        Huishouden h = huishouden();
        huishoudens.wijzigGegevens(w.als(Rol.REGIEVOERDER), traject.huishouden(), h.versie(),
                new Adres("Laan", "1", null, null), h.datums(), null, List.of());
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> huishoudens.wijzigGegevens(w.als(Rol.REGIEVOERDER), traject.huishouden(), h.versie(),
                    new Adres("Straat", "9", null, null), h.datums(), null, List.of()));
        assertThat(huishouden().adres().straat()).isEqualTo("Laan");
    }

    @Test
    void aVrijwilligerMayNotCorrectAnythingEvenWhenAssigned() {
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), traject.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), traject.id(), 2, w.als(Rol.VRIJWILLIGER).id(),
                ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        Huishouden h = huishouden();
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> huishoudens.wijzigGegevens(w.als(Rol.VRIJWILLIGER), traject.huishouden(), h.versie(),
                    new Adres("Laan", "1", null, null), h.datums(), null, List.of()))
            .satisfies(f -> assertThat(f.code()).isEqualTo("huishouden.wijzigen.niet-toegestaan"));
        assertThat(huishouden().versie()).isEqualTo(h.versie());
    }

    @Test
    void theHoofdpersoonCanBeSwappedInOneSave() {
        Huishouden h = huishouden();
        Persoon amal = h.personen().get(0);
        Persoon noor = h.personen().get(1);
        huishoudens.wijzigGegevens(w.als(Rol.REGIEVOERDER), traject.huishouden(), h.versie(), h.adres(), h.datums(),
                null, List.of(metRol(noor, PersoonRol.HOOFDPERSOON), metRol(amal, PersoonRol.PARTNER)));
        assertThat(huishouden().hoofdpersoon().id()).isEqualTo(noor.id());
        assertThat(huishouden().personen()).extracting(Persoon::id).as("the order stays").containsExactly(amal.id(),
                noor.id());
    }

    private static NieuwePersoon metRol(Persoon p, PersoonRol rol) {
        return new NieuwePersoon(p.id(), rol, p.voornaam(), p.achternaam(), p.geboortedatum(), p.geslacht(),
                p.landVanHerkomst(), p.talen(), p.tolkNodig(), p.tolkTaal(), p.geletterdheid(), p.vNummer(), p.bsn(),
                p.vergunningDatum(), p.brpDatum(), p.status());
    }

    @Test
    void aPersonOfAnotherHouseholdCannotBeSlippedIn() {
        Traject ander = data.aanmelding(w, LocalDate.now().minusDays(5));
        Persoon vreemd = huishoudens.intern(ander.huishouden()).orElseThrow().personen().get(0);
        Huishouden h = huishouden();
        assertThatExceptionOfType(nl.wegwijs.system.NietGevonden.class)
            .isThrownBy(() -> huishoudens.wijzigGegevens(w.als(Rol.REGIEVOERDER), traject.huishouden(), h.versie(),
                    h.adres(), h.datums(), null, List.of(gegevens(vreemd, null, null))));
    }

    @Test
    void theDuplicateCheckNamesAVisibleHouseholdAndOnlyThat() {
        String bsn = bsn();
        String v = vNummer();
        Huishouden h = huishouden();
        Persoon amal = h.personen().get(0);
        huishoudens.wijzigGegevens(w.als(Rol.REGIEVOERDER), traject.huishouden(), h.versie(), h.adres(), h.datums(),
                null, List.of(new NieuwePersoon(amal.id(), amal.rol(), amal.voornaam(), amal.achternaam(),
                        amal.geboortedatum(), amal.geslacht(), amal.landVanHerkomst(), amal.talen(), false, null,
                        amal.geletterdheid(), v, bsn, null, null, amal.status())));

        List<BekendePersoon> gezien = huishoudens.bekend(w.als(Rol.REGIEVOERDER), List.of(" " + v + " ", ""),
                List.of(bsn));
        assertThat(gezien).extracting(BekendePersoon::soort)
            .containsExactlyInAnyOrder(BekendePersoon.V_NUMMER, BekendePersoon.BSN);
        assertThat(gezien).allSatisfy(b -> {
            assertThat(b.huishouden()).isEqualTo(traject.huishouden());
            assertThat(b.huishoudenNaam()).isEqualTo("Darwish, Amal");
        });

        TestData.Wereld elders = data.wereld();
        List<BekendePersoon> blind = huishoudens.bekend(elders.als(Rol.REGIEVOERDER), List.of(v), List.of());
        assertThat(blind).singleElement().satisfies(b -> {
            assertThat(b.zichtbaar()).isFalse();
            assertThat(b.huishouden()).isNull();
            assertThat(b.huishoudenNaam()).isNull();
        });
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and actie = 'LEZEN' "
                + "and medewerker_id = ?").params(traject.huishouden().value(), elders.als(Rol.REGIEVOERDER).id())
            .query(Long.class).single()).as("the hit is logged, even when not shown").isEqualTo(1);
        assertThat(huishoudens.bekend(w.als(Rol.REGIEVOERDER), List.of(vNummer()), List.of(bsn()))).isEmpty();
    }
}
