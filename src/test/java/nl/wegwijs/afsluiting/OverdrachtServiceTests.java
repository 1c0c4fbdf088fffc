package nl.wegwijs.afsluiting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectAfgerond;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The warm handover against PostgreSQL: refused without consent (nothing written), invisible to the wijkteam of
 * another organisation, accepted by the receiving wijkteam which closes the trajectory read-only, the driegesprek
 * practice, later hulpvragen, and bad input on the closing.
 */
@IntegrationTest
@RecordApplicationEvents
class OverdrachtServiceTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OverdrachtService overdrachten;

    @Autowired
    AfsluitingService afsluiting;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestData.Wereld w;
    Traject t;
    Medewerker begeleider;
    Medewerker wijkteam;

    @BeforeEach
    void wereld() {
        w = data.wereld();
        begeleider = w.als(Rol.BEGELEIDER);
        wijkteam = w.als(Rol.WIJKTEAM);
        t = data.aanmelding(w, VANDAAG.minusMonths(10));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        trajecten.start(w.als(Rol.TEAMLEIDER), t.id(), 2, VANDAAG.minusMonths(9));
    }

    void toestemming(Gegevenssoort... soorten) {
        Set<UUID> personen = new HashSet<>(trajecten.inzage(begeleider, t.huishouden()).huishouden().personen()
            .stream().map(Persoon::id).toList());
        toestemmingen.legVast(w.als(Rol.TEAMLEIDER), t.huishouden(), new NieuweToestemming(personen,
                w.gemeente().id(), Rol.WIJKTEAM, Set.of(soorten), Doel.OVERDRACHT, VANDAAG, null, Wijze.MONDELING,
                null, null));
    }

    Overdracht concept(boolean hulpvraag) {
        return overdrachten.maakConcept(begeleider, t.huishouden(), w.gemeente().id(), hulpvraag);
    }

    long gedeeld(UUID overdracht) {
        return jdbc.sql("select count(*) from overdracht where id = ? and status <> 'CONCEPT'").param(overdracht)
            .query(Long.class).single();
    }

    long gelezen(UUID overdracht) {
        return jdbc.sql("select count(*) from verwerking where record_id = ? and medewerker_id = ? and actie = 'LEZEN'")
            .params(overdracht, wijkteam.id()).query(Long.class).single();
    }

    @Test
    void sharingWithoutConsentIsRefusedAndWritesNothing() {
        Overdracht o = concept(false);
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> overdrachten.deel(begeleider, o.id(), 1, true))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.overdracht.geen-toestemming"));
        assertThat(gedeeld(o.id())).isZero();
        assertThat(overdrachten.inbox(wijkteam, null, 25).regels()).isEmpty();
        // a consent for another purpose (regie) does not count
        data.toestemming(w, t, Rol.WIJKTEAM, Gegevenssoort.VOORTGANG);
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> overdrachten.deel(begeleider, o.id(), 1, true));
        assertThat(gedeeld(o.id())).isZero();
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> overdrachten.open(wijkteam, o.id()));
    }

    @Test
    void theReceivingWijkteamAcceptsAndTheTrajectoryClosesReadOnly() {
        toestemming(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG);
        Overdracht c = concept(false);
        c = overdrachten.vulAan(begeleider, c.id(), 1, false, Map.of(Blok.BRIEVEN, "Belastingbrief ligt bij de buren"),
                false);
        Overdracht o = overdrachten.deel(begeleider, c.id(), c.versie(), true);
        assertThat(o.status()).isEqualTo(OverdrachtStatus.GEDEELD);
        assertThat(o.gedeeldeBlokken()).contains(Blok.BRIEVEN, Blok.TALEN).doesNotContain(Blok.SIGNALEN, Blok.PIP);
        assertThat(o.aanvulling(Blok.BRIEVEN)).isEqualTo("Belastingbrief ligt bij de buren");
        assertThat(overdrachten.inbox(wijkteam, null, 25).regels()).extracting(OverdrachtService.Inboxregel::id)
            .containsExactly(o.id());

        long gelezen = gelezen(o.id());
        OverdrachtService.Ontvangst open = overdrachten.open(wijkteam, o.id());
        assertThat(open.magAccepteren()).isTrue();
        assertThat(gelezen(o.id()) - gelezen).as("one read per person").isEqualTo(3);

        Overdracht geaccepteerd = overdrachten.accepteer(wijkteam, o.id(), o.versie());
        assertThat(geaccepteerd.status()).isEqualTo(OverdrachtStatus.GEACCEPTEERD);
        Traject na = trajecten.dossier(wijkteam, t.huishouden()).orElseThrow().traject();
        assertThat(na.status()).isEqualTo(TrajectStatus.OVERGEDRAGEN);
        assertThat(na.eindeReden()).isEqualTo(EindeReden.WARME_OVERDRACHT);
        assertThat(events.stream(TrajectAfgerond.class).filter(e -> e.traject().equals(t.id())))
            .singleElement().satisfies(e -> assertThat(e.reden()).isEqualTo(EindeReden.WARME_OVERDRACHT));
        // read-only from now on
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> afsluiting.legEindgesprekVast(begeleider, t.huishouden(), VANDAAG, "a", "b", "c"));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> overdrachten.accepteer(wijkteam, o.id(), geaccepteerd.versie()));
        assertThat(overdrachten.inbox(wijkteam, null, 25).regels()).isEmpty();

        // later hulpvragen, on the consent
        Hulpvraag h = overdrachten.legHulpvraagVast(wijkteam, o.id(), Hulpvraagsoort.GELDZAKEN, VANDAAG, "regeling");
        assertThat(overdrachten.open(wijkteam, o.id()).hulpvragen()).extracting(Hulpvraag::id).containsExactly(h.id());
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(
                () -> overdrachten.legHulpvraagVast(wijkteam, o.id(), null, VANDAAG, null));
    }

    @Test
    void theWijkteamOfAnotherOrganisationCannotSeeNorAcceptIt() {
        toestemming(Gegevenssoort.BASISGEGEVENS);
        Overdracht o = concept(false);
        Overdracht g = overdrachten.deel(begeleider, o.id(), o.versie(), true);
        Medewerker ander = data.wereld().als(Rol.WIJKTEAM);
        assertThat(overdrachten.inbox(ander, null, 25).regels()).isEmpty();
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> overdrachten.open(ander, o.id()));
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> overdrachten.accepteer(ander, o.id(), g.versie()));
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> overdrachten.pdf(ander, o.id()));
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(
                () -> trajecten.sluitAfNaOverdracht(ander, t.id(), VANDAAG, null));
        assertThat(trajecten.dossier(begeleider, t.huishouden()).orElseThrow().traject().status())
            .isEqualTo(TrajectStatus.ACTIEF);
        // a budgetcoach of the same gemeente is not the receiver either
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(
                () -> overdrachten.accepteer(w.als(Rol.BUDGETCOACH), o.id(), g.versie()));
    }

    @Test
    void withANeedForSupportTheDriegesprekComesFirst() {
        toestemming(Gegevenssoort.BASISGEGEVENS);
        Overdracht o = concept(true);
        Overdracht g = overdrachten.deel(begeleider, o.id(), o.versie(), true);
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> overdrachten.accepteer(wijkteam, o.id(), g.versie()))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.overdracht.eerst-driegesprek"));
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(
                () -> overdrachten.planDriegesprek(wijkteam, o.id(), g.versie(), VANDAAG.plusDays(7), " "));
        Overdracht p = overdrachten.planDriegesprek(wijkteam, o.id(), g.versie(), VANDAAG.plusDays(7),
                "Samira Haddad, begeleider, wijkteam");
        assertThat(p.status()).isEqualTo(OverdrachtStatus.DRIEGESPREK_GEPLAND);
        assertThat(overdrachten.accepteer(wijkteam, o.id(), p.versie()).status())
            .isEqualTo(OverdrachtStatus.GEACCEPTEERD);
    }

    @Test
    void onlyTheGuidanceStartsAHandoverAndOneAtATime() {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(
                () -> overdrachten.maakConcept(w.als(Rol.REGIEVOERDER), t.huishouden(), w.gemeente().id(), false));
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(
                () -> overdrachten.maakConcept(begeleider, t.huishouden(), UUID.randomUUID(), false))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.overdracht.ontvanger"));
        Overdracht o = concept(false);
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> concept(false))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.overdracht.al-lopend"));
        assertThatExceptionOfType(nl.wegwijs.system.GelijktijdigGewijzigd.class)
            .isThrownBy(() -> overdrachten.vulAan(begeleider, o.id(), 7, false, Map.of(), false));
        Overdracht terug = overdrachten.trekTerug(begeleider, o.id(), o.versie(), "Gaat verhuizen");
        assertThat(terug.status()).isEqualTo(OverdrachtStatus.TERUGGETROKKEN);
        assertThat(concept(false).status()).isEqualTo(OverdrachtStatus.CONCEPT);
    }

    @Test
    void badInputOnTheClosingIsRefusedAndWritesNothing() {
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> afsluiting.legEindgesprekVast(begeleider,
                t.huishouden(), VANDAAG.plusDays(1), "Samira", "Besproken", "Eigen kijk"))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.eindgesprek.datum.toekomst"));
        assertThat(jdbc.sql("select count(*) from eindgesprek where traject_id = ?").param(t.id().value())
            .query(Long.class).single()).isZero();
        Medewerker tl = w.als(Rol.TEAMLEIDER);
        long versie = trajecten.dossier(tl, t.huishouden()).orElseThrow().traject().versie();
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> afsluiting.verleng(tl, t.huishouden(), versie,
                7, "Nog veel post", "Wil graag nog even hulp", VANDAAG))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.verlenging.boven-maximum"));
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> afsluiting.beeindig(tl, t.huishouden(), versie,
                EindeReden.DOELEN_BEREIKT, true, null))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.besluit.eerst-eindgesprek"));
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> afsluiting.beeindig(begeleider, t.huishouden(),
                versie, EindeReden.VERHUISD, false, null))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.besluit.niet-toegestaan"));
        assertThat(jdbc.sql("select count(*) from afsluitbesluit where traject_id = ?").param(t.id().value())
            .query(Long.class).single()).isZero();
        assertThat(trajecten.dossier(tl, t.huishouden()).orElseThrow().traject().status())
            .isEqualTo(TrajectStatus.ACTIEF);

        // and the happy path: eindgesprek, extension within the regime, then ending with the services list
        afsluiting.legEindgesprekVast(begeleider, t.huishouden(), VANDAAG, "Samira, Yusuf, begeleider",
                "Terugblik op het jaar", "Voelt zich thuis, wil nog hulp met post");
        Afsluitbesluit v = afsluiting.verleng(tl, t.huishouden(), versie, 3, "Nog veel post",
                "Vroeg zelf om drie maanden", VANDAAG.minusDays(1));
        assertThat(v.soort()).isEqualTo(Besluitsoort.VERLENGEN);
        Traject verlengd = trajecten.dossier(tl, t.huishouden()).orElseThrow().traject();
        assertThat(verlengd.status()).isEqualTo(TrajectStatus.VERLENGD);
        assertThat(verlengd.verlengdMaanden()).isEqualTo(3);
        afsluiting.beeindig(tl, t.huishouden(), verlengd.versie(), EindeReden.DOELEN_BEREIKT, true, null);
        var a = afsluiting.pagina(tl, t.huishouden()).afsluiting();
        assertThat(a.status()).isEqualTo(TrajectStatus.AFGEROND);
        assertThat(a.dienstenlijst()).isTrue();
    }
}
