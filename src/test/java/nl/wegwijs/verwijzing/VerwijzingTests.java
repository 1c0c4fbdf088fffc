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
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.api.ApiFixture;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.socialekaart.Dienst;
import nl.wegwijs.socialekaart.DienstGegevens;
import nl.wegwijs.socialekaart.Dienstsoort;
import nl.wegwijs.socialekaart.SocialeKaart;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
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
 * Referrals against PostgreSQL: consent enforcement (none, revoked, for a service outside Wegwijs; nothing written
 * when refused; the database refuses a sent referral without consent), the wijkteam's inbox and answer, and who may
 * see a referral (the other organisation's wijkteam not; a vrijwilliger only on their own households).
 */
@IntegrationTest
class VerwijzingTests {

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
    Traject b;
    Dienst wijkteam;
    Dienst budgetloket;
    Persoon samira;
    Medewerker begeleider;

    @BeforeEach
    void wereld() {
        ApiFixture.TweeTeams wereld = ApiFixture.TweeTeams.maak(data, trajecten, VANDAAG.minusMonths(2));
        w = wereld.w();
        a = wereld.a();
        b = wereld.b();
        begeleider = w.als(Rol.BEGELEIDER);
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        wijkteam = kaart.voegToe(tl, w.gemeente().id(), gegevens("Sociaal wijkteam Noord", Dienstsoort.SOCIAAL_WIJKTEAM,
                w.gemeente().id()));
        budgetloket = kaart.voegToe(tl, w.gemeente().id(), gegevens("Budgetloket", Dienstsoort.SCHULDHULP, null));
        samira = trajecten.inzage(tl, a.huishouden()).huishouden().personen().get(0);
    }

    static DienstGegevens gegevens(String naam, Dienstsoort soort, UUID organisatie) {
        return new DienstGegevens(naam, soort, "070 555 0101", "info@voorbeeld.example", null, null,
                List.of("Nederlands", "Arabisch"), 2, "Bellen", organisatie);
    }

    NieuweVerwijzing naar(Dienst d, UUID persoon, boolean versturen) {
        return new NieuweVerwijzing(persoon, d.id(), "Hulp bij opvoeding", true, null, versturen, null);
    }

    List<Toestemming> doorverwijzing(HuishoudenId h, Set<UUID> personen) {
        return toestemmingen.legVast(begeleider, h, new NieuweToestemming(personen, w.gemeente().id(), Rol.WIJKTEAM,
                Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.SIGNALEN), Doel.DOORVERWIJZING, VANDAAG, null,
                Wijze.MONDELING_MET_TOLK, "Arabisch", null));
    }

    int aantal(HuishoudenId h) {
        return jdbc.sql("select count(*) from verwijzing where huishouden_id = ?").param(h.value())
            .query(Integer.class).single();
    }

    // --- consent

    @Test
    void withoutConsentSendingIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> service.maak(begeleider, a.huishouden(), naar(wijkteam, samira.id(), true)))
            .isInstanceOf(DomeinFout.class)
            .hasFieldOrPropertyWithValue("code", "verwijzing.toestemming.ontbreekt");
        assertThat(aantal(a.huishouden())).isZero();
        // a consent for another purpose does not count either
        toestemmingen.legVast(begeleider, a.huishouden(), new NieuweToestemming(Set.of(samira.id()),
                w.gemeente().id(), Rol.WIJKTEAM, Set.of(Gegevenssoort.SIGNALEN), Doel.OVERDRACHT, VANDAAG, null,
                Wijze.MONDELING, null, null));
        assertThatThrownBy(() -> service.maak(begeleider, a.huishouden(), naar(wijkteam, samira.id(), true)))
            .isInstanceOf(DomeinFout.class);
        assertThat(aantal(a.huishouden())).isZero();
    }

    @Test
    void aRevokedConsentIsRefusedAndTheDraftStaysUnsent() {
        Toestemming t = doorverwijzing(a.huishouden(), Set.of(samira.id())).get(0);
        toestemmingen.trekIn(begeleider, t.id(), t.versie(), "Wil toch niet naar het wijkteam.");
        Verwijzing concept = service.maak(begeleider, a.huishouden(), naar(wijkteam, samira.id(), false));
        assertThat(concept.status()).isEqualTo(VerwijzingStatus.AANGEMAAKT);
        assertThatThrownBy(() -> service.verstuur(begeleider, concept.id(), concept.versie(), null))
            .isInstanceOf(DomeinFout.class)
            .hasFieldOrPropertyWithValue("code", "verwijzing.toestemming.ontbreekt");
        Verwijzing nu = service.find(begeleider, concept.id()).verwijzing();
        assertThat(nu.status()).isEqualTo(VerwijzingStatus.AANGEMAAKT);
        assertThat(nu.versie()).isEqualTo(concept.versie());
        assertThat(nu.verstuurdOp()).isNull();
    }

    @Test
    void aHouseholdReferralNeedsTheConsentOfEveryAdult() {
        Set<UUID> volwassenen = Set.copyOf(trajecten.inzage(begeleider, a.huishouden()).huishouden().personen()
            .stream().filter(p -> p.volwassen(VANDAAG)).map(Persoon::id).toList());
        doorverwijzing(a.huishouden(), Set.of(samira.id()));
        NieuweVerwijzing huishouden = new NieuweVerwijzing(null, wijkteam.id(), "Gezinsondersteuning", false, null,
                true, null);
        assertThatThrownBy(() -> service.maak(begeleider, a.huishouden(), huishouden)).isInstanceOf(DomeinFout.class);
        assertThat(aantal(a.huishouden())).isZero();
        doorverwijzing(a.huishouden(), volwassenen);
        assertThat(service.maak(begeleider, a.huishouden(), huishouden).status())
            .isEqualTo(VerwijzingStatus.VERSTUURD);
    }

    @Test
    void aServiceOutsideWegwijsNeedsTheConsentRecordedOnTheReferral() {
        assertThatThrownBy(() -> service.maak(begeleider, a.huishouden(), naar(budgetloket, samira.id(), true)))
            .isInstanceOf(DomeinFout.class)
            .hasFieldOrPropertyWithValue("code", "verwijzing.toestemming.extern-ontbreekt");
        assertThat(aantal(a.huishouden())).isZero();
        Verwijzing v = service.maak(begeleider, a.huishouden(), new NieuweVerwijzing(samira.id(), budgetloket.id(),
                "Schulden bij de energieleverancier", false, null, true,
                new ExterneToestemming(Wijze.SCHRIFTELIJK, VANDAAG.minusDays(1))));
        assertThat(v.status()).isEqualTo(VerwijzingStatus.VERSTUURD);
        assertThat(v.inWegwijs()).isFalse();
        // the guide records what the service answered: the waiting list, then acceptance
        v = service.beantwoord(begeleider, v.id(), v.versie(), VerwijzingStatus.WACHTLIJST, null);
        v = service.beantwoord(begeleider, v.id(), v.versie(), VerwijzingStatus.GEACCEPTEERD, "Intake gepland");
        assertThat(v.status()).isEqualTo(VerwijzingStatus.GEACCEPTEERD);
        assertThat(v.wachtdagen()).isZero();
        Verwijzing oud = v;
        assertThatThrownBy(() -> service.beantwoord(begeleider, oud.id(), oud.versie(), VerwijzingStatus.AFGEWEZEN,
                "te laat")).isInstanceOf(DomeinFout.class)
            .hasFieldOrPropertyWithValue("code", "verwijzing.status.overgang");
        v = service.rondAf(begeleider, v.id(), v.versie(), "Regeling getroffen");
        assertThat(v.status()).isEqualTo(VerwijzingStatus.AFGEROND);
        assertThat(v.afgerondOp()).isEqualTo(VANDAAG);
        Verwijzing af = v;
        assertThatThrownBy(() -> service.rondAf(begeleider, af.id(), af.versie() - 1, null))
            .isInstanceOf(GelijktijdigGewijzigd.class);
    }

    @Test
    void theDatabaseRefusesASentReferralWithoutConsent() {
        Verwijzing concept = service.maak(begeleider, a.huishouden(), naar(wijkteam, samira.id(), false));
        assertThatThrownBy(() -> jdbc.sql("update verwijzing set status = 'VERSTUURD', verstuurd_op = current_date"
                + " where id = ?").param(concept.id()).update())
            .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    // --- the wijkteam

    @Test
    void theWijkteamOfTheServiceAnswersInWegwijsAndTheGuideSeesIt() {
        doorverwijzing(a.huishouden(), Set.of(samira.id()));
        Verwijzing v = service.maak(begeleider, a.huishouden(), naar(wijkteam, samira.id(), true));
        Medewerker wt = w.als(Rol.WIJKTEAM);
        VerwijzingService.Inbox inbox = service.inbox(wt, true, null, 25);
        assertThat(inbox.verwijzingen()).extracting(Verwijzing::id).contains(v.id());
        assertThat(inbox.namen().get(v.id())).isEqualTo(samira.naam());
        VerwijzingService.VerwijzingInzage gezien = service.find(wt, v.id());
        assertThat(gezien.alsOntvanger()).isTrue();
        assertThat(gezien.magBeantwoorden()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from verwerking where medewerker_id = ? and record_id = ? and doel = 'DOORVERWIJZING'
                   and betrokkene_id = ?""").params(wt.id(), v.id(), samira.id()).query(Integer.class).single())
            .as("the wijkteam's reads are logged").isPositive();
        // the guide may not answer for a service in Wegwijs
        assertThatThrownBy(() -> service.beantwoord(begeleider, v.id(), v.versie(), VerwijzingStatus.GEACCEPTEERD,
                null)).isInstanceOf(DomeinFout.class)
            .hasFieldOrPropertyWithValue("code", "verwijzing.antwoord.door-ontvanger");
        assertThatThrownBy(() -> service.beantwoord(wt, v.id(), v.versie(), VerwijzingStatus.AFGEWEZEN, " "))
            .isInstanceOf(DomeinFout.class).hasFieldOrPropertyWithValue("code", "verwijzing.afwijzing.reden");
        service.beantwoord(wt, v.id(), v.versie(), VerwijzingStatus.GEACCEPTEERD, "Welkom op het spreekuur");
        List<Verwijzing> lijst = service.lijst(trajecten.inzage(begeleider, a.huishouden()));
        assertThat(lijst).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(VerwijzingStatus.GEACCEPTEERD);
            assertThat(x.geaccepteerdOp()).isEqualTo(VANDAAG);
            assertThat(x.uitkomst()).isEqualTo("Welkom op het spreekuur");
        });
        assertThat(service.inbox(wt, true, null, 25).verwijzingen()).extracting(Verwijzing::id).doesNotContain(v.id());
        assertThat(service.inbox(wt, false, null, 25).verwijzingen()).extracting(Verwijzing::id).contains(v.id());
    }

    @Test
    void aWijkteamOfAnotherOrganisationCannotSeeOrAnswerTheReferral() {
        doorverwijzing(a.huishouden(), Set.of(samira.id()));
        Verwijzing v = service.maak(begeleider, a.huishouden(), naar(wijkteam, samira.id(), true));
        Medewerker ander = data.wereld().als(Rol.WIJKTEAM);
        assertThatThrownBy(() -> service.find(ander, v.id())).isInstanceOf(NietGevonden.class);
        assertThat(service.inbox(ander, false, null, 25).verwijzingen()).isEmpty();
        assertThatThrownBy(() -> service.beantwoord(ander, v.id(), v.versie(), VerwijzingStatus.GEACCEPTEERD, null))
            .isInstanceOf(NietGevonden.class);
        // nor does a draft reach the own wijkteam before it is sent
        Verwijzing concept = service.maak(begeleider, a.huishouden(), naar(wijkteam, samira.id(), false));
        assertThatThrownBy(() -> service.find(w.als(Rol.WIJKTEAM), concept.id())).isInstanceOf(NietGevonden.class);
    }

    @Test
    void aVrijwilligerOnlyOnTheirOwnHouseholds() {
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);
        doorverwijzing(a.huishouden(), Set.of(samira.id()));
        Verwijzing v = service.maak(vrijwilliger, a.huishouden(), naar(wijkteam, samira.id(), true));
        assertThat(service.find(vrijwilliger, v.id()).magAfronden()).isTrue();
        assertThatThrownBy(() -> service.find(w.vrijwilliger2(), v.id())).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> service.pagina(w.vrijwilliger2(), a.huishouden(), null, 25))
            .isInstanceOf(NietGevonden.class);
        Persoon karimi = trajecten.inzage(w.als(Rol.TEAMLEIDER), b.huishouden()).huishouden().personen().get(0);
        assertThatThrownBy(() -> service.maak(vrijwilliger, b.huishouden(), naar(wijkteam, karimi.id(), false)))
            .isInstanceOf(NietGevonden.class);
        assertThat(aantal(b.huishouden())).isZero();
        // the regievoerder does not guide: no referrals of their own
        assertThatThrownBy(() -> service.maak(w.als(Rol.REGIEVOERDER), a.huishouden(),
                naar(wijkteam, samira.id(), false))).isInstanceOf(RuntimeException.class);
    }

    @Test
    void onlyAnActiveServiceOfTheHouseholdsGemeente() {
        Dienst elders = kaart.voegToe(data.wereld().als(Rol.BEHEERDER), data.wereld().gemeente().id(),
                gegevens("Wijkteam elders", Dienstsoort.SOCIAAL_WIJKTEAM, null));
        assertThatThrownBy(() -> service.maak(begeleider, a.huishouden(), naar(elders, samira.id(), false)))
            .isInstanceOf(DomeinFout.class).hasFieldOrPropertyWithValue("code", "verwijzing.dienst.onbekend");
        kaart.zetActief(w.als(Rol.TEAMLEIDER), budgetloket.id(), budgetloket.versie(), false);
        assertThatThrownBy(() -> service.maak(begeleider, a.huishouden(), naar(budgetloket, samira.id(), false)))
            .isInstanceOf(DomeinFout.class).hasFieldOrPropertyWithValue("code", "verwijzing.dienst.inactief");
        assertThatThrownBy(() -> service.maak(begeleider, a.huishouden(), new NieuweVerwijzing(samira.id(),
                wijkteam.id(), "  ", false, null, false, null))).isInstanceOf(DomeinFout.class)
            .hasFieldOrPropertyWithValue("code", "verwijzing.reden.leeg");
        assertThat(aantal(a.huishouden())).isZero();
    }
}
