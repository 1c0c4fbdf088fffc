package nl.wegwijs.afsluiting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.notificatie.Notificatie;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.toestemming.Doel;
import nl.wegwijs.toestemming.NieuweToestemming;
import nl.wegwijs.toestemming.ToestemmingService;
import nl.wegwijs.toestemming.Wijze;
import nl.wegwijs.traject.Gegevenssoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The receiving wijkteam refuses a warm handover, against PostgreSQL: only that wijkteam may (anyone else 404, nothing
 * written), a stale version or an empty reason is refused with a Dutch message, the trajectory stays open, the guide
 * is notified and reads the refusal on the handover page, and starts a new handover; the refused one is final.
 */
@IntegrationTest
class OverdrachtAfwijzingTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OverdrachtService overdrachten;

    @Autowired
    ToestemmingService toestemmingen;

    @Autowired
    Notificaties notificaties;

    @Autowired
    MessageSource berichten;

    @Autowired
    JdbcClient jdbc;

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
        Set<UUID> personen = new HashSet<>(trajecten.inzage(begeleider, t.huishouden()).huishouden().personen()
            .stream().map(Persoon::id).toList());
        toestemmingen.legVast(w.als(Rol.TEAMLEIDER), t.huishouden(), new NieuweToestemming(personen,
                w.gemeente().id(), Rol.WIJKTEAM, Set.of(Gegevenssoort.BASISGEGEVENS, Gegevenssoort.VOORTGANG),
                Doel.OVERDRACHT, VANDAAG, null, Wijze.MONDELING, null, null));
    }

    Overdracht gedeeld(boolean hulpvraag) {
        Overdracht c = overdrachten.maakConcept(begeleider, t.huishouden(), w.gemeente().id(), hulpvraag);
        return overdrachten.deel(begeleider, c.id(), c.versie(), true);
    }

    String status(UUID overdracht) {
        return jdbc.sql("select status from overdracht where id = ?").param(overdracht).query(String.class).single();
    }

    long meldingen() {
        return notificaties.ongelezen(begeleider).stream()
            .filter(n -> n.sleutel().equals("afsluiting.notificatie.afgewezen")).count();
    }

    @Test
    void onlyTheReceivingWijkteamRefusesAndAStaleVersionOrNoReasonWritesNothing() {
        Overdracht g = gedeeld(false);
        // anyone but the receiving wijkteam: 404, also the guide and another organisation's wijkteam
        Medewerker ander = data.wereld().als(Rol.WIJKTEAM);
        for (Medewerker m : new Medewerker[] { ander, begeleider, w.als(Rol.TEAMLEIDER), w.als(Rol.BUDGETCOACH),
                w.als(Rol.REGIEVOERDER) }) {
            assertThatExceptionOfType(NietGevonden.class).as(m.rol().name())
                .isThrownBy(() -> overdrachten.wijsAf(m, g.id(), g.versie(), "Niet voor ons"));
        }
        // a stale version: the Dutch "someone else changed this" message, nothing written
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> overdrachten.wijsAf(wijkteam, g.id(), g.versie() - 1, "Niet voor ons"))
            .satisfies(f -> assertThat(berichten.getMessage(f.code(), null, Locale.forLanguageTag("nl")))
                .startsWith("Iemand anders heeft dit intussen gewijzigd"));
        // no reason: refused with its message
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> overdrachten.wijsAf(wijkteam, g.id(), g.versie(), "  "))
            .satisfies(f -> {
                assertThat(f.code()).isEqualTo("afsluiting.overdracht.afwijzen.reden.leeg");
                assertThat(berichten.getMessage(f.code(), null, Locale.forLanguageTag("nl")))
                    .contains("waarom u de overdracht afwijst");
            });
        assertThat(status(g.id())).isEqualTo("GEDEELD");
        assertThat(meldingen()).isZero();
        assertThat(overdrachten.inbox(wijkteam, null, 25).regels()).extracting(OverdrachtService.Inboxregel::id)
            .containsExactly(g.id());
    }

    @Test
    void aRefusalKeepsTheGuidanceOpenNotifiesTheGuideAndANewHandoverCanStart() {
        Overdracht g = gedeeld(false);
        long gewijzigd = jdbc.sql("select count(*) from verwerking where record_id = ? and medewerker_id = ?"
                + " and actie = 'WIJZIGEN'").params(g.id(), wijkteam.id()).query(Long.class).single();

        Overdracht a = overdrachten.wijsAf(wijkteam, g.id(), g.versie(), "  Het gezin woont in een andere wijk.  ");
        assertThat(a.status()).isEqualTo(OverdrachtStatus.AFGEWEZEN);
        assertThat(a.afwijzingReden()).isEqualTo("Het gezin woont in een andere wijk.");
        assertThat(a.afgewezenDoor()).isEqualTo(wijkteam.id());
        assertThat(a.afgewezenDoorNaam()).isEqualTo(wijkteam.naam());
        assertThat(a.afgewezenOpDatum()).isEqualTo(VANDAAG);
        assertThat(a.versie()).isEqualTo(g.versie() + 1);
        assertThat(jdbc.sql("select count(*) from verwerking where record_id = ? and medewerker_id = ?"
                + " and actie = 'WIJZIGEN'").params(g.id(), wijkteam.id()).query(Long.class).single())
            .as("one change logged per person").isEqualTo(gewijzigd + 3);

        // nothing closes; the wijkteam no longer has it
        assertThat(trajecten.dossier(begeleider, t.huishouden()).orElseThrow().traject().status())
            .isEqualTo(TrajectStatus.ACTIEF);
        assertThat(overdrachten.inbox(wijkteam, null, 25).regels()).isEmpty();
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> overdrachten.open(wijkteam, g.id()));
        assertThatExceptionOfType(NietGevonden.class)
            .isThrownBy(() -> overdrachten.accepteer(wijkteam, g.id(), a.versie()));
        assertThatExceptionOfType(NietGevonden.class)
            .isThrownBy(() -> overdrachten.wijsAf(wijkteam, g.id(), a.versie(), "nogmaals"));
        // the guide cannot withdraw nor plan it any more
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> overdrachten.trekTerug(begeleider, g.id(), a.versie(), "x"))
            .satisfies(f -> assertThat(f.code()).isEqualTo("afsluiting.overdracht.al-afgewezen"));

        // the guide is notified, with a link to the handover page, and reads the refusal there
        assertThat(notificaties.ongelezen(begeleider))
            .filteredOn(n -> n.sleutel().equals("afsluiting.notificatie.afgewezen")).singleElement()
            .satisfies(n -> {
                assertThat(n.link()).isEqualTo("/huishoudens/" + t.huishouden() + "/overdracht");
                assertThat(n.argumenten()).containsExactly(g.ontvangerNaam());
            });
        OverdrachtService.GidsPagina p = overdrachten.pagina(begeleider, t.huishouden());
        assertThat(p.overdracht()).isNull();
        assertThat(p.afgewezen()).isNotNull();
        assertThat(p.afgewezen().id()).isEqualTo(g.id());
        assertThat(p.afgewezen().afwijzingReden()).isEqualTo("Het gezin woont in een andere wijk.");
        assertThat(overdrachten.open(begeleider, g.id()).overdracht().status()).isEqualTo(OverdrachtStatus.AFGEWEZEN);

        // and starts again: a new handover, this time with a need for support; refused again after the driegesprek
        Overdracht nieuw = gedeeld(true);
        assertThat(nieuw.id()).isNotEqualTo(g.id());
        assertThat(overdrachten.pagina(begeleider, t.huishouden()).overdracht()).extracting(Overdracht::id)
            .isEqualTo(nieuw.id());
        Overdracht gepland = overdrachten.planDriegesprek(wijkteam, nieuw.id(), nieuw.versie(), VANDAAG.plusDays(5),
                "de persoon, de begeleider en het wijkteam");
        assertThat(overdrachten.wijsAf(wijkteam, nieuw.id(), gepland.versie(), "Toch een ander wijkteam").status())
            .isEqualTo(OverdrachtStatus.AFGEWEZEN);
        assertThat(overdrachten.pagina(begeleider, t.huishouden()).afgewezen()).extracting(Overdracht::id)
            .isEqualTo(nieuw.id());
        assertThat(meldingen()).isEqualTo(2);
        assertThat(trajecten.dossier(begeleider, t.huishouden()).orElseThrow().traject().status())
            .isEqualTo(TrajectStatus.ACTIEF);
    }
}
