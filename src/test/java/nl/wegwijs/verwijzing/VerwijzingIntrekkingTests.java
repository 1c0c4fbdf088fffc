package nl.wegwijs.verwijzing;

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
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.Toestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Revoking the DOORVERWIJZING consent withdraws what it covered (the toestemming module's
 * {@code ToestemmingIngetrokken}, handled in the revoking transaction): a referral sent on it, or on the waiting list,
 * becomes INGETROKKEN with the reason, the receiving wijkteam no longer sees it (inbox, link, answer) and is told
 * without names; a draft to that organisation for the person is withdrawn too; an accepted referral, a referral to a
 * service outside Wegwijs and another purpose's consent change nothing.
 */
@IntegrationTest
class VerwijzingIntrekkingTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    SocialeKaart kaart;

    @Autowired
    VerwijzingService service;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    JdbcClient jdbc;

    TestData.Wereld w;
    Traject a;
    Dienst wijkteam;
    Dienst budgetloket;
    Persoon samira;
    Medewerker begeleider;
    Medewerker wt;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        begeleider = w.als(Rol.BEGELEIDER);
        wt = w.als(Rol.WIJKTEAM);
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        wijkteam = kaart.voegToe(tl, w.gemeente().id(), VerwijzingTests.gegevens("Sociaal wijkteam Zuid",
                Dienstsoort.SOCIAAL_WIJKTEAM, w.gemeente().id()));
        budgetloket = kaart.voegToe(tl, w.gemeente().id(), VerwijzingTests.gegevens("Budgetloket Zuid",
                Dienstsoort.SCHULDHULP, null));
        samira = trajecten.inzage(tl, a.huishouden()).huishouden().personen().get(0);
    }

    Toestemming toestemming(Doel doel) {
        return toestemmingen.legVast(begeleider, a.huishouden(), new NieuweToestemming(Set.of(samira.id()),
                w.gemeente().id(), Rol.WIJKTEAM, Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.SIGNALEN), doel,
                VANDAAG, null, Wijze.MONDELING_MET_TOLK, "Arabisch", null)).get(0);
    }

    Verwijzing naar(Dienst d, boolean versturen) {
        return service.maak(begeleider, a.huishouden(), new NieuweVerwijzing(samira.id(), d.id(),
                "Hulp bij de opvoeding", true, null, versturen, d.inWegwijs() ? null
                        : new ExterneToestemming(Wijze.MONDELING, VANDAAG)));
    }

    Verwijzing nu(Verwijzing v) {
        return service.find(begeleider, v.id()).verwijzing();
    }

    void trekIn(Toestemming t) {
        toestemmingen.trekIn(begeleider, t.id(), t.versie(), "Wil niet meer naar het wijkteam.");
    }

    int notificaties(UUID organisatie, String sleutel) {
        return jdbc.sql("select count(*) from notificatie where ontvanger_organisatie = ? and ontvanger_rol = ? "
                + "and sleutel = ?").params(organisatie, "WIJKTEAM", sleutel).query(Integer.class).single();
    }

    @Test
    void aSentReferralIsWithdrawnAndTheWijkteamNoLongerSeesIt() {
        Toestemming t = toestemming(Doel.DOORVERWIJZING);
        Verwijzing v = naar(wijkteam, true);
        assertThat(service.inbox(wt, true, null, 25).verwijzingen()).extracting(Verwijzing::id).contains(v.id());
        assertThat(jdbc.sql("select count(*) from notificatie where link = ? and gelezen_op is null")
            .param("/verwijzingen/" + v.id()).query(Integer.class).single()).isEqualTo(1);
        int voor = notificaties(w.gemeente().id(), "verwijzing.notificatie.INGETROKKEN");

        trekIn(t);

        Verwijzing ingetrokken = nu(v);
        assertThat(ingetrokken.status()).isEqualTo(VerwijzingStatus.INGETROKKEN);
        assertThat(ingetrokken.ingetrokkenOp()).isEqualTo(VANDAAG);
        assertThat(ingetrokken.intrekkingReden()).isEqualTo(Verwijzing.TOESTEMMING_INGETROKKEN);
        assertThat(ingetrokken.versie()).isEqualTo(v.versie() + 1);
        assertThat(jdbc.sql("select ingetrokken_toestemming_id from verwijzing where id = ?").param(v.id())
            .query(UUID.class).single()).isEqualTo(t.id());
        // the receiving wijkteam: not in its inbox (open or all), not by its link, no answer
        assertThat(service.inbox(wt, true, null, 25).verwijzingen()).extracting(Verwijzing::id).doesNotContain(v.id());
        assertThat(service.inbox(wt, false, null, 25).verwijzingen()).extracting(Verwijzing::id)
            .doesNotContain(v.id());
        assertThatThrownBy(() -> service.find(wt, v.id())).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> service.beantwoord(wt, v.id(), ingetrokken.versie(), VerwijzingStatus.GEACCEPTEERD,
                null)).isInstanceOf(NietGevonden.class);
        assertThat(notificaties(w.gemeente().id(), "verwijzing.notificatie.INGETROKKEN")).isEqualTo(voor + 1);
        // the unread "new referral" notification would lead to "not found": it is taken back
        assertThat(jdbc.sql("select count(*) from notificatie where link = ? and gelezen_op is null")
            .param("/verwijzingen/" + v.id()).query(Integer.class).single()).isZero();
        // logged per person, on the name of who revoked
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and record_id = ? and doel = 'DOORVERWIJZING'
                   and betrokkene_id = ? and actie = 'WIJZIGEN'""").params(begeleider.id(), v.id(), samira.id())
            .query(Integer.class).single()).isEqualTo(1);
        // final: the guide can no longer finish or send it
        assertThatThrownBy(() -> service.rondAf(begeleider, v.id(), ingetrokken.versie(), "klaar"))
            .isInstanceOf(DomeinFout.class).hasFieldOrPropertyWithValue("code", "verwijzing.status.overgang");
        VerwijzingService.VerwijzingInzage gids = service.find(begeleider, v.id());
        assertThat(gids.magAfronden()).isFalse();
        assertThat(gids.magVersturen()).isFalse();
        assertThat(gids.magBeantwoorden()).isFalse();
    }

    @Test
    void aReferralOnTheWaitingListIsWithdrawnAnAcceptedOneStays() {
        Toestemming t = toestemming(Doel.DOORVERWIJZING);
        Verwijzing wacht = naar(wijkteam, true);
        wacht = service.beantwoord(wt, wacht.id(), wacht.versie(), VerwijzingStatus.WACHTLIJST, "Vier weken");
        Verwijzing aangenomen = naar(wijkteam, true);
        aangenomen = service.beantwoord(wt, aangenomen.id(), aangenomen.versie(), VerwijzingStatus.GEACCEPTEERD,
                "Welkom");

        trekIn(t);

        assertThat(nu(wacht).status()).isEqualTo(VerwijzingStatus.INGETROKKEN);
        Verwijzing blijft = nu(aangenomen);
        assertThat(blijft.status()).isEqualTo(VerwijzingStatus.GEACCEPTEERD);
        assertThat(blijft.versie()).isEqualTo(aangenomen.versie());
        assertThat(blijft.ingetrokkenOp()).isNull();
    }

    @Test
    void aDraftToTheOrganisationIsWithdrawnADraftOrReferralElsewhereStays() {
        Toestemming t = toestemming(Doel.DOORVERWIJZING);
        Verwijzing concept = naar(wijkteam, false);
        Verwijzing extern = naar(budgetloket, true);
        Verwijzing externConcept = naar(budgetloket, false);

        trekIn(t);

        assertThat(nu(concept).status()).isEqualTo(VerwijzingStatus.INGETROKKEN);
        assertThat(nu(concept).verstuurdOp()).isNull();
        assertThat(nu(extern).status()).as("its consent was recorded on the referral, not in the register")
            .isEqualTo(VerwijzingStatus.VERSTUURD);
        assertThat(nu(externConcept).status()).isEqualTo(VerwijzingStatus.AANGEMAAKT);
    }

    @Test
    void revokingAnotherPurposeOrAnotherPersonsConsentChangesNothing() {
        toestemming(Doel.DOORVERWIJZING);
        Toestemming overdracht = toestemming(Doel.OVERDRACHT);
        Verwijzing v = naar(wijkteam, true);
        trekIn(overdracht);
        assertThat(nu(v).status()).isEqualTo(VerwijzingStatus.VERSTUURD);
        assertThat(nu(v).versie()).isEqualTo(v.versie());
        // another adult's referral consent does not cover Samira's referral
        List<Persoon> anderen = trajecten.inzage(begeleider, a.huishouden()).huishouden().personen().stream()
            .filter(p -> !p.id().equals(samira.id()) && p.volwassen(VANDAAG)).toList();
        if (!anderen.isEmpty()) {
            Toestemming ander = toestemmingen.legVast(begeleider, a.huishouden(), new NieuweToestemming(
                    Set.of(anderen.get(0).id()), w.gemeente().id(), Rol.WIJKTEAM, Set.of(Gegevenssoort.SIGNALEN),
                    Doel.DOORVERWIJZING, VANDAAG, null, Wijze.MONDELING, null, null)).get(0);
            trekIn(ander);
            assertThat(nu(v).status()).isEqualTo(VerwijzingStatus.VERSTUURD);
        }
    }

    @Test
    void theDatabaseRefusesAWithdrawnReferralWithoutItsReason() {
        Verwijzing concept = naar(wijkteam, false);
        assertThatThrownBy(() -> jdbc.sql("update verwijzing set status = 'INGETROKKEN' where id = ?")
            .param(concept.id()).update())
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update verwijzing set status = 'ONBEKEND' where id = ?")
            .param(concept.id()).update())
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }
}
