package nl.wegwijs.traject;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.NietGevonden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The one access point: need-to-know per role, widened by consent, and one log row per person shown. */
@IntegrationTest
class InzageTests {

    @Autowired
    TrajectService trajecten;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    TestData.Wereld w;
    Traject t;

    @BeforeEach
    void huishouden() {
        w = data.wereld();
        t = data.aanmelding(w, LocalDate.now().minusMonths(2));
    }

    @Test
    void eachRoleSeesWhatItsWorkNeeds() {
        assertThat(trajecten.inzage(w.als(Rol.TEAMLEIDER), t.huishouden()).zichtbaar())
            .containsExactlyInAnyOrder(Gegevenssoort.values());
        assertThat(trajecten.inzage(w.als(Rol.REGIEVOERDER), t.huishouden()).zichtbaar()).containsExactlyInAnyOrder(
                Gegevenssoort.BASISGEGEVENS, Gegevenssoort.INBURGERING, Gegevenssoort.VOORTGANG);
        assertThat(trajecten.inzage(w.als(Rol.BUDGETCOACH), t.huishouden()).zichtbaar())
            .containsExactlyInAnyOrder(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.FINANCIEN);
    }

    @Test
    void rolesWithoutHouseholdsGetNoAccessPoint() {
        for (Rol rol : new Rol[] { Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS, Rol.WIJKTEAM }) {
            assertThatExceptionOfType(NietGevonden.class)
                .isThrownBy(() -> trajecten.inzage(w.als(rol), t.huishouden()));
        }
    }

    @Test
    void consentOfEveryAdultWidensTheView() {
        Inzage voor = trajecten.inzage(w.als(Rol.REGIEVOERDER), t.huishouden());
        assertThat(voor.magZien(Gegevenssoort.NOTITIES)).isFalse();
        assertThat(voor.toestemmingNodig(Gegevenssoort.NOTITIES)).isTrue();

        data.toestemming(w, t, Rol.REGIEVOERDER, Gegevenssoort.NOTITIES);

        Inzage na = trajecten.inzage(w.als(Rol.REGIEVOERDER), t.huishouden());
        assertThat(na.magZien(Gegevenssoort.NOTITIES)).isTrue();
        assertThat(na.doorToestemming(Gegevenssoort.NOTITIES)).isTrue();
        assertThat(na.magZien(Gegevenssoort.GEZONDHEID)).isFalse();
        // the consent names the regievoerder, not the budgetcoach of the same gemeente
        assertThat(trajecten.inzage(w.als(Rol.BUDGETCOACH), t.huishouden()).magZien(Gegevenssoort.NOTITIES))
            .isFalse();
    }

    @Test
    void aVolunteerSeesNoIdentificationNumbers() {
        jdbc.sql("update persoon set v_nummer = '1234567890' where huishouden_id = ?").param(t.huishouden().value())
            .update();
        Traject traject = trajecten.dossier(w.als(Rol.TEAMLEIDER), t.id()).orElseThrow().traject();
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), t.id(), traject.versie(), w.als(Rol.VRIJWILLIGER).id(),
                ToewijzingRol.VRIJWILLIGER, LocalDate.now());
        assertThat(trajecten.inzage(w.als(Rol.TEAMLEIDER), t.huishouden()).huishouden().personen())
            .allSatisfy(p -> assertThat(p.vNummer()).isEqualTo("1234567890"));
        Inzage vrijwilliger = trajecten.inzage(w.als(Rol.VRIJWILLIGER), t.huishouden());
        assertThat(vrijwilliger.magIdentificatieZien()).isFalse();
        assertThat(vrijwilliger.huishouden().personen()).allSatisfy(p -> assertThat(p.vNummer()).isNull());
    }

    @Test
    void aReadIsLoggedOncePerPersonHoweverManySectionsReadIt() {
        Inzage inzage = trajecten.inzage(w.als(Rol.TEAMLEIDER), t.huishouden());
        tx.executeWithoutResult(s -> {
            inzage.log(nl.wegwijs.verwerkingslog.Actie.LEZEN, "huishouden", t.huishouden().value());
            inzage.log(nl.wegwijs.verwerkingslog.Actie.LEZEN, "post", t.huishouden().value());
            inzage.log(nl.wegwijs.verwerkingslog.Actie.WIJZIGEN, "post", t.huishouden().value());
        });
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and medewerker_id = ? "
                + "and actie = 'LEZEN'").params(t.huishouden().value(), w.als(Rol.TEAMLEIDER).id())
            .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from verwerking where huishouden_id = ? and medewerker_id = ? "
                + "and actie = 'WIJZIGEN'").params(t.huishouden().value(), w.als(Rol.TEAMLEIDER).id())
            .query(Integer.class).single()).isEqualTo(3);
    }
}
