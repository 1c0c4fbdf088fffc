package nl.wegwijs.pip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.notificatie.Notificatie;
import nl.wegwijs.notificatie.Notificaties;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.system.DomeinFout;
import nl.wegwijs.system.GelijktijdigGewijzigd;
import nl.wegwijs.system.NietGevonden;
import nl.wegwijs.system.ToestemmingNodig;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TermijnStatus;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.TrajectService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The PIP against PostgreSQL: lifecycle, versions, who may do what, notifications and the trajectory's PIP date. */
@IntegrationTest
@RecordApplicationEvents
class PipTests {

    @Autowired
    PipService pip;

    @Autowired
    TrajectService trajecten;

    @Autowired
    Notificaties notificaties;

    @Autowired
    TestData data;

    @Autowired
    ApplicationEvents events;

    TestData.Wereld w;
    Traject t;
    HuishoudenId h;
    UUID samira;
    Medewerker regie;
    LocalDate vandaag = LocalDate.now();

    static final Plan PLAN = new Plan(Leerroute.B1_ROUTE, Taalniveau.B1, LocalDate.now().plusMonths(6),
            LocalDate.now().plusMonths(2), LocalDate.now().plusWeeks(3), true, Intensiteit.GEMIDDELD);

    @BeforeEach
    void wereld() {
        w = data.wereld();
        t = data.aanmelding(w, vandaag.minusMonths(4));
        h = t.huishouden();
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        trajecten.wijsToe(w.als(Rol.TEAMLEIDER), t.id(), 2, w.als(Rol.VRIJWILLIGER).id(), ToewijzingRol.VRIJWILLIGER,
                vandaag.minusDays(30));
        regie = w.als(Rol.REGIEVOERDER);
        samira = trajecten.inzage(regie, h).huishouden().personen().get(0).id();
    }

    static DoelGegevens doel(Leefgebied l, Eigenaar e, String tekst) {
        return new DoelGegevens(l, Doeltermijn.KORT, tekst, e, e.extern() ? "Taalschool Noord, Anja" : null,
                LocalDate.now().plusMonths(3), DoelStatus.OPEN);
    }

    /** A PIP for Samira set yesterday with a goal of the uitvoerder, one of the budgetcoach and one of the school. */
    Pip vastgesteld() {
        Pip p = pip.maakConcept(regie, h, samira, PLAN);
        pip.voegDoelToe(regie, h, samira, p.versie(), doel(Leefgebied.WONEN, Eigenaar.UITVOERDER, "Huurtoeslag weten"));
        p = huidig();
        pip.voegDoelToe(regie, h, samira, p.versie(), doel(Leefgebied.FINANCIEN, Eigenaar.BUDGETCOACH, "Zelf betalen"));
        p = huidig();
        pip.voegDoelToe(regie, h, samira, p.versie(), doel(Leefgebied.TAAL, Eigenaar.TAALSCHOOL, "Naar de les"));
        return pip.stelVast(regie, h, samira, huidig().versie(), vandaag.minusDays(1));
    }

    Pip huidig() {
        return pip.persoon(regie, h, samira).pip();
    }

    Doel doelVan(Pip p, Eigenaar e) {
        return p.huidige().orElseThrow().doelen().stream().filter(d -> d.eigenaar() == e).findFirst().orElseThrow();
    }

    @Test
    void settingTheFirstVersionMakesTheTrajectorysPipDeadlineDoneAndPublishesTheDate() {
        assertThat(pipTermijn()).isEqualTo(TermijnStatus.VERLOPEN.name());
        Pip p = vastgesteld();

        assertThat(p.vastgesteldOp()).isEqualTo(vandaag.minusDays(1));
        assertThat(p.huidige().orElseThrow().nummer()).isEqualTo(1);
        assertThat(p.concept()).isEmpty();
        assertThat(trajecten.dossier(regie, h).orElseThrow().feiten(samira).pipVastgesteldOp())
            .isEqualTo(vandaag.minusDays(1));
        assertThat(pipTermijn()).isEqualTo(TermijnStatus.AFGEROND.name());
        assertThat(events.stream(PipGewijzigd.class).filter(e -> e.persoonId().equals(samira))
            .reduce((a, b) -> b).orElseThrow().vastgesteldOp()).isEqualTo(vandaag.minusDays(1));
    }

    private String pipTermijn() {
        return trajecten.dossier(regie, h).orElseThrow().termijnen().stream()
            .filter(x -> x.soort() == TermijnSoort.PIP && samira.equals(x.persoonId())).findFirst().orElseThrow()
            .status().name();
    }

    @Test
    void aBijstellingIsANewVersionWithTheSameGoalsAndTheOldVersionStaysAsItWas() {
        Pip p = vastgesteld();
        Doel wonen = doelVan(p, Eigenaar.UITVOERDER);
        pip.rapporteer(w.als(Rol.BEGELEIDER), h, wonen.id(), wonen.versie(), vandaag, "Formulier samen ingevuld",
                DoelStatus.BEZIG);

        p = pip.stelBij(regie, h, samira, huidig().versie(), Bijstelreden.VERHUIZING, null);
        PipVersie concept = p.concept().orElseThrow();
        assertThat(concept.nummer()).isEqualTo(2);
        assertThat(concept.reden()).isEqualTo(Bijstelreden.VERHUIZING);
        assertThat(concept.doelen()).extracting(Doel::id)
            .containsExactlyElementsOf(p.huidige().orElseThrow().doelen().stream().map(Doel::id).toList());
        assertThat(concept.doelen().stream().filter(d -> d.id().equals(wonen.id())).findFirst().orElseThrow()
            .gegevens().status()).isEqualTo(DoelStatus.BEZIG);

        pip.wijzigDoel(regie, h, samira, p.versie(), wonen.id(), new DoelGegevens(Leefgebied.WONEN, Doeltermijn.LANG,
                "Huurtoeslag in de nieuwe gemeente", Eigenaar.UITVOERDER, null, null, DoelStatus.BEZIG));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> pip.stelBij(regie, h, samira, huidig().versie(), Bijstelreden.VERHUIZING, null))
            .satisfies(f -> assertThat(f.code()).isEqualTo("pip.bijstellen.concept-open"));
        p = pip.stelVast(regie, h, samira, huidig().versie(), vandaag);

        assertThat(p.huidige().orElseThrow().nummer()).isEqualTo(2);
        assertThat(p.vastgesteldOp()).isEqualTo(vandaag.minusDays(1));
        assertThat(p.versie(1).orElseThrow().doelen().stream().filter(d -> d.id().equals(wonen.id())).findFirst()
            .orElseThrow().gegevens().omschrijving()).isEqualTo("Huurtoeslag weten");
        // the progress report stays with the goal in the new version
        PipService.PersoonPip pp = pip.persoon(regie, h, samira);
        assertThat(pp.laatste(wonen.id()).tekst()).isEqualTo("Formulier samen ingevuld");
        assertThat(pp.huidige().doelen().stream().filter(d -> d.id().equals(wonen.id())).findFirst().orElseThrow()
            .gegevens().omschrijving()).isEqualTo("Huurtoeslag in de nieuwe gemeente");
        // a set version is not edited
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> pip.voegDoelToe(regie, h, samira, huidig().versie(),
                    doel(Leefgebied.WONEN, Eigenaar.PERSOON, "x")))
            .satisfies(f -> assertThat(f.code()).isEqualTo("pip.versie.niet-bewerkbaar"));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        Pip p = pip.maakConcept(regie, h, samira, PLAN);
        pip.wijzigPlan(regie, h, samira, p.versie(), Plan.leeg());
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> pip.voegDoelToe(regie, h, samira, p.versie(),
                    doel(Leefgebied.WONEN, Eigenaar.PERSOON, "x")));
        assertThat(huidig().concept().orElseThrow().doelen()).isEmpty();
        Doel d;
        Pip v = vastgesteldNa();
        d = doelVan(v, Eigenaar.UITVOERDER);
        pip.rapporteer(w.als(Rol.BEGELEIDER), h, d.id(), d.versie(), vandaag, "Eerste stap", null);
        assertThatExceptionOfType(GelijktijdigGewijzigd.class)
            .isThrownBy(() -> pip.rapporteer(w.als(Rol.BEGELEIDER), h, d.id(), d.versie(), vandaag, "Tweede", null));
    }

    private Pip vastgesteldNa() {
        Pip p = huidig();
        pip.wijzigPlan(regie, h, samira, p.versie(), PLAN);
        pip.voegDoelToe(regie, h, samira, huidig().versie(), doel(Leefgebied.WONEN, Eigenaar.UITVOERDER, "Wonen"));
        return pip.stelVast(regie, h, samira, huidig().versie(), vandaag);
    }

    @Test
    void onlyTheGemeentesRegievoerderDraftsSetsAndAdjusts() {
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.VRIJWILLIGER, Rol.BUDGETCOACH)) {
            assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> pip.maakConcept(w.als(rol), h, samira, PLAN))
                .isInstanceOfAny(DomeinFout.class, ToestemmingNodig.class);
        }
        for (Rol rol : List.of(Rol.WIJKTEAM, Rol.BELEID, Rol.BEHEERDER, Rol.PRIVACYFUNCTIONARIS)) {
            assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> pip.maakConcept(w.als(rol), h, samira,
                    PLAN));
            assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> pip.pagina(w.als(rol), h));
        }
        Medewerker andereRegie = data.wereld().als(Rol.REGIEVOERDER);
        assertThatExceptionOfType(NietGevonden.class).isThrownBy(() -> pip.pagina(andereRegie, h));
        assertThat(huidigOfNull()).isNull();
    }

    private Pip huidigOfNull() {
        return pip.pagina(regie, h).personen().get(0).pip();
    }

    @Test
    void guidesReportOnTheUitvoerdersGoalsTheBudgetcoachOnTheirsAndSeesOnlyMoneyGoals() {
        Pip p = vastgesteld();
        Doel wonen = doelVan(p, Eigenaar.UITVOERDER);
        Doel geld = doelVan(p, Eigenaar.BUDGETCOACH);
        Doel taal = doelVan(p, Eigenaar.TAALSCHOOL);

        // guides: the uitvoerder's goal yes, others no
        for (Rol rol : List.of(Rol.BEGELEIDER, Rol.TEAMLEIDER, Rol.VRIJWILLIGER)) {
            Doel nu = doelVan(huidig(), Eigenaar.UITVOERDER);
            pip.rapporteer(w.als(rol), h, nu.id(), nu.versie(), vandaag, "Door " + rol, null);
            assertThatExceptionOfType(DomeinFout.class)
                .isThrownBy(() -> pip.rapporteer(w.als(rol), h, geld.id(), geld.versie(), vandaag, "x", null))
                .satisfies(f -> assertThat(f.code()).isEqualTo("pip.rapporteren.niet-eigenaar"));
            assertThatExceptionOfType(DomeinFout.class)
                .isThrownBy(() -> pip.rapporteer(w.als(rol), h, taal.id(), taal.versie(), vandaag, "x", null));
        }
        // a guide of another team, not assigned: not theirs to guide
        assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> pip.rapporteer(w.vrijwilliger2(), h,
                wonen.id(), doelVan(huidig(), Eigenaar.UITVOERDER).versie(), vandaag, "x", null));

        // the budgetcoach: sees the money goal only, reports on it, not on the uitvoerder's
        Medewerker coach = w.als(Rol.BUDGETCOACH);
        PipService.PipPagina zicht = pip.pagina(coach, h);
        assertThat(zicht.zietPlan()).isFalse();
        assertThat(zicht.personen().get(0).huidige().doelen()).extracting(Doel::id).containsExactly(geld.id());
        pip.rapporteer(coach, h, geld.id(), geld.versie(), vandaag, "Vaste lasten op orde", DoelStatus.BEZIG);
        assertThatExceptionOfType(ToestemmingNodig.class).isThrownBy(
                () -> pip.rapporteer(coach, h, wonen.id(), 99, vandaag, "x", null));

        // the regievoerder sees every report, and the new status
        PipService.PersoonPip pp = pip.persoon(regie, h, samira);
        assertThat(pp.alleVoortgang()).hasSize(4);
        assertThat(pp.huidige().doelen().stream().filter(d -> d.id().equals(geld.id())).findFirst().orElseThrow()
            .stand()).isEqualTo(DoelStatus.BEZIG);
        assertThat(pip.pagina(regie, h).checklist()).isNotNull();
    }

    @Test
    void aChangeNotifiesTheGoalsOwnerNotWhoMadeIt() {
        Medewerker vrijwilliger = w.als(Rol.VRIJWILLIGER);
        Medewerker begeleider = w.als(Rol.BEGELEIDER);
        Medewerker coach = w.als(Rol.BUDGETCOACH);
        int voorVrijwilliger = notificaties.ongelezen(vrijwilliger).size();
        Pip p = vastgesteld();
        // setting notified the assigned guide of the uitvoerder's goal and the budgetcoaches of theirs
        assertThat(pipMeldingen(vrijwilliger)).hasSize(voorVrijwilliger + 1);
        assertThat(pipMeldingen(coach)).extracting(n -> n.argumenten().get(0)).contains("Zelf betalen");
        assertThat(pipMeldingen(regie)).isEmpty();

        // a guide reports on the uitvoerder's goal: the assigned vrijwilliger hears, the reporter does not
        Doel wonen = doelVan(p, Eigenaar.UITVOERDER);
        pip.rapporteer(begeleider, h, wonen.id(), wonen.versie(), vandaag, "Stap gezet", null);
        assertThat(pipMeldingen(vrijwilliger)).hasSize(voorVrijwilliger + 2);
        assertThat(pipMeldingen(begeleider)).isEmpty();
        // the vrijwilliger reports themselves: not notified of their own change
        Doel nu = doelVan(huidig(), Eigenaar.UITVOERDER);
        pip.rapporteer(vrijwilliger, h, nu.id(), nu.versie(), vandaag, "Zelf gedaan", null);
        assertThat(pipMeldingen(vrijwilliger)).hasSize(voorVrijwilliger + 2);
        // the regievoerder reports on the school's goal: nobody in Wegwijs owns it
        Doel taal = doelVan(p, Eigenaar.TAALSCHOOL);
        int coachVoor = pipMeldingen(coach).size();
        pip.rapporteer(regie, h, taal.id(), taal.versie(), vandaag, "School belde", null);
        assertThat(pipMeldingen(coach)).hasSize(coachVoor);
        assertThat(pipMeldingen(regie)).isEmpty();
        // the budgetcoach's goal changed by the regievoerder: the gemeente's budgetcoaches hear of it
        Doel geld = doelVan(p, Eigenaar.BUDGETCOACH);
        pip.rapporteer(regie, h, geld.id(), geld.versie(), vandaag, "Besproken", null);
        assertThat(pipMeldingen(coach)).hasSize(coachVoor + 1);
        assertThat(pipMeldingen(coach).get(0).link()).isEqualTo("/huishoudens/" + h + "/pip#doel-" + geld.id());
    }

    private List<Notificatie> pipMeldingen(Medewerker m) {
        return notificaties.ongelezen(m).stream().filter(n -> n.sleutel().startsWith("pip.")).toList();
    }

    @Test
    void approvalSharingTalksAndActualDatesAreRecorded() {
        vastgesteld();
        pip.legAkkoordVast(regie, h, samira, huidig().versie(), vandaag, Akkoordwijze.MONDELING_MET_TOLK);
        pip.deel(regie, h, samira, huidig().versie(), Partner.TAALSCHOOL, "Taalschool Noord", vandaag);
        pip.legGesprekVast(regie, h, samira, huidig().versie(), vandaag, "Samira, tolk, regievoerder",
                "Gaat goed met de les.");
        Pip p = pip.legFeitenVast(regie, h, samira, huidig().versie(), vandaag.minusDays(2), null, null);

        assertThat(p.eersteTaallesOp()).isEqualTo(vandaag.minusDays(2));
        assertThat(p.huidige().orElseThrow().akkoordWijze()).isEqualTo(Akkoordwijze.MONDELING_MET_TOLK);
        PipService.PersoonPip pp = pip.persoon(regie, h, samira);
        assertThat(pp.delingen()).extracting(Deling::partner).containsExactly(Partner.TAALSCHOOL);
        assertThat(pp.gesprekken()).extracting(Gesprek::uitkomst).containsExactly("Gaat goed met de les.");
        assertThat(events.stream(PipGewijzigd.class).reduce((a, b) -> b).orElseThrow().eersteTaallesOp())
            .isEqualTo(vandaag.minusDays(2));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> pip.legFeitenVast(regie, h, samira, huidig().versie(), vandaag.plusDays(1), null,
                    null))
            .satisfies(f -> assertThat(f.code()).isEqualTo("pip.datum.toekomst"));
        assertThatExceptionOfType(DomeinFout.class)
            .isThrownBy(() -> pip.maakConcept(regie, h, samira, PLAN))
            .satisfies(f -> assertThat(f.code()).isEqualTo("pip.bestaat-al"));
        UUID kind = trajecten.inzage(regie, h).huishouden().personen().get(2).id();
        assertThatExceptionOfType(DomeinFout.class).isThrownBy(() -> pip.maakConcept(regie, h, kind, PLAN))
            .satisfies(f -> assertThat(f.code()).isEqualTo("pip.persoon.niet-plichtig"));
    }
}
