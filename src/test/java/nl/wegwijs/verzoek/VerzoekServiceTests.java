package nl.wegwijs.verzoek;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.notificatie.Notificatie;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Requests against PostgreSQL: who submits and decides, an approved extension through the trajectory's own rules
 * (and refused beyond the contract's maximum, changing nothing), stale versions, notifications, lists and 404 for
 * another gemeente.
 */
@IntegrationTest
@RecordApplicationEvents
class VerzoekServiceTests {

    static final LocalDate VANDAAG = LocalDate.now();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    VerzoekService verzoeken;

    @Autowired
    Notificaties notificaties;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestData.Wereld w;
    Traject t;
    Medewerker tl;
    Medewerker rv;

    /** A running trajectory (12 months, at most 6 months extension) in team A. */
    @BeforeEach
    void wereld() {
        w = data.wereld();
        tl = w.als(Rol.TEAMLEIDER);
        rv = w.als(Rol.REGIEVOERDER);
        t = lopend(w);
    }

    Traject lopend(TestData.Wereld wereld) {
        Traject nieuw = data.aanmelding(wereld, VANDAAG.minusMonths(10));
        trajecten.accepteer(wereld.als(Rol.TEAMLEIDER), nieuw.id(), 1, wereld.teamA().id());
        trajecten.start(wereld.als(Rol.TEAMLEIDER), nieuw.id(), 2, VANDAAG.minusMonths(9));
        return nieuw;
    }

    static NieuwVerzoek verlenging(int maanden) {
        return new NieuwVerzoek(VerzoekSoort.VERLENGING, maanden, null, null, null,
                "Nog veel post die ze niet zelf kan lezen", VANDAAG.minusDays(2), AkkoordWijze.MONDELING_MET_TOLK);
    }

    static NieuwVerzoek mindfit() {
        return new NieuwVerzoek(VerzoekSoort.PRODUCT, null, Product.MINDFIT, null, VANDAAG.plusDays(14),
                "Slaapt slecht, wil graag meedoen", VANDAAG, AkkoordWijze.SCHRIFTELIJK);
    }

    LocalDate geplandEinde() {
        return trajecten.dossier(tl, t.huishouden()).orElseThrow().huishoudenTermijnen().stream()
            .filter(x -> x.soort() == TermijnSoort.EINDE_BEGELEIDING).map(Termijn::uiterlijk).findFirst()
            .orElseThrow();
    }

    List<Notificatie> voor(Medewerker m, Verzoek v) {
        return notificaties.ongelezen(m).stream().filter(n -> n.link().equals("/verzoeken/" + v.id())).toList();
    }

    // --- submitting

    @Test
    void teamleiderSubmitsAndTheRegievoerdersOfTheGemeenteAreNotified() {
        Verzoek v = verzoeken.dienIn(tl, t.huishouden(), verlenging(6));
        assertThat(v.status()).isEqualTo(VerzoekStatus.INGEDIEND);
        assertThat(v.versie()).isEqualTo(1);
        assertThat(v.gemeenteId()).isEqualTo(w.gemeente().id());
        assertThat(voor(rv, v)).singleElement()
            .satisfies(n -> {
                assertThat(n.sleutel()).isEqualTo("verzoek.notificatie.verlenging.nieuw");
                assertThat(n.argumenten()).containsExactly("6");
            });
        assertThat(voor(tl, v)).isEmpty();
        assertThat(jdbc.sql("select count(*) from verwerking where record_id = ? and actie = 'AANMAKEN'")
            .param(v.id().value()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void onlyTheTeamleiderOfTheUitvoerderSubmits() {
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.VRIJWILLIGER, Rol.REGIEVOERDER)) {
            Medewerker m = w.als(rol);
            if (rol == Rol.VRIJWILLIGER) {
                continue; // not assigned: does not see the household at all
            }
            assertThatExceptionOfType(DomeinFout.class)
                .isThrownBy(() -> verzoeken.dienIn(m, t.huishouden(), verlenging(3)))
                .satisfies(f -> assertThat(f.code()).isEqualTo("verzoek.niet-toegestaan"));
        }
        assertThatExceptionOfType(ToestemmingNodig.class)
            .isThrownBy(() -> verzoeken.dienIn(w.als(Rol.BUDGETCOACH), t.huishouden(), verlenging(3)));
        assertThatExceptionOfType(NietGevonden.class)
            .isThrownBy(() -> verzoeken.dienIn(w.als(Rol.BELEID), t.huishouden(), verlenging(3)));
        assertThat(verzoeken.vanHuishouden(tl, t.huishouden()).verzoeken()).isEmpty();
    }

    @Test
    void refusesARequestOnAClosedTrajectory() {
        trajecten.sluitAf(tl, t.id(), 3, TrajectStatus.AFGEROND, nl.wegwijs.traject.EindeReden.DOELEN_BEREIKT,
                VANDAAG, null);
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> verzoeken.dienIn(tl, t.huishouden(), mindfit()))
            .satisfies(f -> assertThat(f.code()).isEqualTo("verzoek.traject-afgesloten"));
    }

    // --- deciding

    @Test
    void anApprovedExtensionMovesThePlannedEndThroughTheTrajectorysRules() {
        LocalDate voor = geplandEinde();
        Verzoek v = verzoeken.dienIn(tl, t.huishouden(), verlenging(6));
        Verzoek besloten = verzoeken.besluit(rv, v.id(), 1, Uitkomst.GOEDGEKEURD, null);

        assertThat(besloten.status()).isEqualTo(VerzoekStatus.GOEDGEKEURD);
        assertThat(besloten.versie()).isEqualTo(2);
        assertThat(geplandEinde()).isEqualTo(voor.plusMonths(6));
        Traject na = trajecten.dossier(tl, t.huishouden()).orElseThrow().traject();
        assertThat(na.status()).isEqualTo(TrajectStatus.VERLENGD);
        assertThat(na.verlengingen()).singleElement()
            .satisfies(x -> assertThat(x.reden()).isEqualTo("Nog veel post die ze niet zelf kan lezen"));
        assertThat(voor(tl, v)).singleElement()
            .satisfies(n -> assertThat(n.sleutel()).isEqualTo("verzoek.notificatie.verlenging.goedgekeurd"));
        assertThat(events.stream(VerzoekBesloten.class))
            .containsExactly(new VerzoekBesloten(v.id(), t.id(), t.huishouden(), VerzoekSoort.VERLENGING,
                    Uitkomst.GOEDGEKEURD));
    }

    @Test
    void approvalBeyondTheContractsMaximumIsRefusedAndChangesNothing() {
        Verzoek eerste = verzoeken.dienIn(tl, t.huishouden(), verlenging(4));
        verzoeken.besluit(rv, eerste.id(), 1, Uitkomst.GOEDGEKEURD, null);
        LocalDate einde = geplandEinde();
        Verzoek tweede = verzoeken.dienIn(tl, t.huishouden(), verlenging(3));

        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> verzoeken.besluit(rv, tweede.id(), 1, Uitkomst.GOEDGEKEURD, "akkoord"))
            .satisfies(f -> {
                assertThat(f.code()).isEqualTo("traject.verlenging.boven-maximum");
                assertThat(f.argumenten()).containsExactly(6);
            });
        Verzoek nu = verzoeken.find(rv, tweede.id()).orElseThrow().verzoek();
        assertThat(nu.status()).isEqualTo(VerzoekStatus.INGEDIEND);
        assertThat(nu.versie()).isEqualTo(1);
        assertThat(geplandEinde()).isEqualTo(einde);
        assertThat(voor(tl, tweede)).isEmpty();
        assertThat(events.stream(VerzoekBesloten.class)).hasSize(1);
        // the gemeente may still reject it
        verzoeken.besluit(rv, tweede.id(), 1, Uitkomst.AFGEWEZEN, "Maximum bereikt");
        assertThat(voor(tl, tweede)).singleElement()
            .satisfies(n -> assertThat(n.sleutel()).isEqualTo("verzoek.notificatie.verlenging.afgewezen"));
    }

    @Test
    void anApprovedProductIsRecordedWithoutTouchingTheTrajectory() {
        Verzoek v = verzoeken.dienIn(tl, t.huishouden(), mindfit());
        assertThat(voor(rv, v)).singleElement()
            .satisfies(n -> assertThat(n.argumenten()).containsExactly("Mindfit"));
        verzoeken.besluit(rv, v.id(), 1, Uitkomst.GOEDGEKEURD, null);
        assertThat(trajecten.dossier(tl, t.huishouden()).orElseThrow().traject().versie()).isEqualTo(3);
        assertThat(verzoeken.vanHuishouden(tl, t.huishouden()).verzoeken()).singleElement()
            .satisfies(x -> assertThat(x.status()).isEqualTo(VerzoekStatus.GOEDGEKEURD));
    }

    @Test
    void aStaleVersionOrASecondDecisionIsAConflict() {
        Verzoek v = verzoeken.dienIn(tl, t.huishouden(), mindfit());
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> verzoeken.besluit(rv, v.id(), 0, Uitkomst.GOEDGEKEURD, null))
            .satisfies(f -> assertThat(f.code()).isEqualTo("fout.gelijktijdig-gewijzigd"));
        verzoeken.besluit(rv, v.id(), 1, Uitkomst.AFGEWEZEN, "Geen plek");
        assertThatExceptionOfType(AlBesloten.class)
            .isThrownBy(() -> verzoeken.besluit(rv, v.id(), 1, Uitkomst.GOEDGEKEURD, null));
        assertThatExceptionOfType(AlBesloten.class).isThrownBy(() -> verzoeken.trekIn(tl, v.id(), 2));
    }

    @Test
    void onlyTheRegievoerderOfTheGemeenteDecides() {
        Verzoek v = verzoeken.dienIn(tl, t.huishouden(), verlenging(2));
        for (Rol rol : List.of(Rol.TEAMLEIDER, Rol.BEGELEIDER)) {
            assertThatExceptionOfType(DomeinFout.class)
                .isThrownBy(() -> verzoeken.besluit(w.als(rol), v.id(), 1, Uitkomst.GOEDGEKEURD, null))
                .satisfies(f -> assertThat(f.code()).isEqualTo("verzoek.niet-toegestaan"));
        }
        TestData.Wereld ander = data.wereld();
        Medewerker anderRv = ander.als(Rol.REGIEVOERDER);
        assertThatExceptionOfType(NietGevonden.class)
            .isThrownBy(() -> verzoeken.besluit(anderRv, v.id(), 1, Uitkomst.GOEDGEKEURD, null));
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> verzoeken.find(anderRv, v.id()));
        assertThat(verzoeken.lijst(anderRv, null, 25).regels()).isEmpty();
        assertThatExceptionOfType(NietGevonden.class)
            .isThrownBy(() -> verzoeken.find(ander.als(Rol.TEAMLEIDER), v.id()));
        assertThat(verzoeken.find(rv, v.id()).orElseThrow().verzoek().status()).isEqualTo(VerzoekStatus.INGEDIEND);
    }

    @Test
    void theRequesterWithdraws() {
        Verzoek v = verzoeken.dienIn(tl, t.huishouden(), verlenging(2));
        Verzoek ingetrokken = verzoeken.trekIn(tl, v.id(), 1);
        assertThat(ingetrokken.status()).isEqualTo(VerzoekStatus.INGETROKKEN);
        assertThat(verzoeken.lijst(rv, null, 25).regels()).isEmpty();
    }

    // --- lists

    @Test
    void theRegievoerderSeesTheOpenRequestsOldestFirstPagedAndLogged() {
        Traject tweede = lopend(w);
        Verzoek a = verzoeken.dienIn(tl, t.huishouden(), verlenging(2));
        Verzoek b = verzoeken.dienIn(tl, tweede.huishouden(), mindfit());
        Verzoek c = verzoeken.dienIn(tl, t.huishouden(), mindfit());
        verzoeken.besluit(rv, c.id(), 1, Uitkomst.AFGEWEZEN, "Nee");

        VerzoekService.Lijst eerste = verzoeken.lijst(rv, null, 1);
        assertThat(eerste.regels()).extracting(r -> r.verzoek().id()).containsExactly(a.id());
        assertThat(eerste.regels().get(0).naam()).isEqualTo("Haddad, Samira");
        assertThat(eerste.volgende()).isEqualTo(a.id());
        VerzoekService.Lijst rest = verzoeken.lijst(rv, eerste.volgende(), 25);
        assertThat(rest.regels()).extracting(r -> r.verzoek().id()).containsExactly(b.id());
        assertThat(rest.volgende()).isNull();
        assertThat(jdbc.sql("select count(*) from verwerking where record_id = ? and medewerker_id = ?"
                + " and record_soort = 'verzoek' and actie = 'LEZEN'").params(a.id().value(), rv.id())
            .query(Long.class).single()).isEqualTo(1);

        assertThat(verzoeken.lijst(tl, null, 25).regels()).extracting(r -> r.verzoek().id())
            .containsExactly(c.id(), b.id(), a.id());
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> verzoeken.lijst(w.als(Rol.BEGELEIDER),
                null, 25));
    }
}
