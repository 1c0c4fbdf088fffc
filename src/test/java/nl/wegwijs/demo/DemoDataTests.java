package nl.wegwijs.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.checklist.ChecklistItem;
import nl.wegwijs.checklist.ChecklistOverzicht.WieRij;
import nl.wegwijs.checklist.ChecklistPagina;
import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.checklist.ItemStatus;
import nl.wegwijs.checklist.WieDeedHet;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.organisatie.IngelogdeMedewerker;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.Termijn;
import nl.wegwijs.traject.TermijnSoort;
import nl.wegwijs.traject.TermijnStatus;
import nl.wegwijs.traject.Toewijzing;
import nl.wegwijs.traject.ToewijzingRol;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;
import nl.wegwijs.werklijst.Werklijst;
import nl.wegwijs.werklijst.WerklijstFilter;
import nl.wegwijs.werklijst.WerklijstRegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * The demo data set loads through the real services beside the other tests' worlds: every demo user logs in and has
 * a sensible worklist, every timeline computes, and the special cases are there.
 */
@IntegrationTest
class DemoDataTests {

    static final List<String> REGIEVOERDERS = List.of("regievoerder", "regievoerder.groningen",
            "regievoerder.heerenveen", "regievoerder.roermond", "regievoerder.rotterdam", "regievoerder.tholen",
            "regievoerder.woerden", "regievoerder.tynaarlo", "regievoerder.haarlem", "regievoerder.alkmaar",
            "regievoerder.castricum");

    @Autowired
    DemoData demo;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Werklijst werklijst;

    @Autowired
    TrajectService trajecten;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ChecklistService checklist;

    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void laad() {
        demo.laad(); // the first test in this JVM loads, the others find it present
    }

    Medewerker als(String gebruikersnaam) {
        return ((IngelogdeMedewerker) accounts.loadUserByUsername(gebruikersnaam)).getMedewerker();
    }

    List<WerklijstRegel> werklijstVan(String gebruikersnaam) {
        return werklijst.pagina(als(gebruikersnaam), WerklijstFilter.leeg()).regels();
    }

    List<Dossier> dossiers(String gebruikersnaam) {
        Medewerker ik = als(gebruikersnaam);
        List<Dossier> dossiers = new ArrayList<>();
        UUID na = null;
        List<Traject> pagina;
        do {
            pagina = trajecten.pagina(ik, na, 100);
            for (Traject t : pagina) {
                dossiers.add(trajecten.dossier(ik, t.id()).orElseThrow());
                na = t.id().value();
            }
        } while (pagina.size() == 100);
        return dossiers;
    }

    List<Dossier> alleDossiers() {
        return REGIEVOERDERS.stream().flatMap(r -> dossiers(r).stream()).toList();
    }

    @Test
    void loadsOnlyOnceAndNeverOnANonEmptyDatabase() {
        assertThat(demo.aanwezig()).isTrue();
        assertThat(demo.eersteStart()).isFalse();
        assertThat(demo.laad()).isEmpty();
    }

    @Test
    void consentsLetTheRegievoerderSeeNotesOfManyHouseholdsAndAskForSome() {
        Medewerker rv = als("regievoerder");
        int notities = 0;
        int nodig = 0;
        UUID na = null;
        List<Traject> pagina;
        do {
            pagina = trajecten.pagina(rv, na, 100);
            for (Traject t : pagina) {
                var inzage = trajecten.inzage(rv, t.huishouden());
                if (inzage.magZien(nl.wegwijs.traject.Gegevenssoort.NOTITIES)) {
                    notities++;
                }
                else if (!t.status().isAfgesloten()) {
                    nodig++;
                }
                na = t.id().value();
            }
        } while (pagina.size() == 100);
        assertThat(notities).isGreaterThanOrEqualTo(8);
        assertThat(nodig).isGreaterThanOrEqualTo(2);
        // the demo's consents only: other tests' worlds in the same database revoke consents too; the demo's one
        // revoked referral consent (DemoVerwijzing, a withdrawn referral) is not the regie's
        UUID[] demo = REGIEVOERDERS.stream().map(r -> als(r).organisatieId()).distinct().toArray(UUID[]::new);
        assertThat(jdbc.sql("""
                select count(*) from toestemming where ingetrokken_op is not null and doel <> 'DOORVERWIJZING'
                   and ontvanger_organisatie_id = any(?)""").param(demo).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from toestemming where ingetrokken_op is null and controle_op <= ?
                   and ontvanger_organisatie_id = any(?)""")
            .params(LocalDate.now(clock).plusDays(7), demo).query(Integer.class).single()).isPositive();
    }

    @Test
    void everyDemoUserLogsInWithTheDemoPassword() throws Exception {
        for (String gebruiker : List.of("beheerder", "regievoerder", "budgetcoach", "wijkteam", "beleid",
                "privacy", "teamleider", "begeleider", "vrijwilliger", "begeleider.tynaarlo", "teamleider.tholen")) {
            mvc.perform(formLogin().user(gebruiker).password(DemoData.WACHTWOORD))
                .andExpect(authenticated().withUsername(gebruiker));
        }
    }

    @Test
    void worklistsPerRoleShowARealCaseload() {
        assertThat(werklijstVan("vrijwilliger")).hasSize(4);
        assertThat(werklijstVan("begeleider")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(werklijstVan("teamleider")).hasSize(Werklijst.PAGINA);
        assertThat(werklijstVan("regievoerder")).hasSizeGreaterThanOrEqualTo(18);
        assertThat(werklijstVan("budgetcoach")).hasSizeGreaterThanOrEqualTo(18);
        assertThat(werklijstVan("wijkteam")).hasSizeGreaterThanOrEqualTo(2).allMatch(r -> r.status().equals("OVERGEDRAGEN"));
        assertThat(werklijstVan("beleid")).isEmpty();
        assertThat(werklijstVan("beheerder")).isEmpty();
    }

    @Test
    void demoBegeleiderIsAssignedAsBegeleiderToSeveralHouseholds() {
        List<WerklijstRegel> mijn = werklijst.pagina(als("begeleider"),
                WerklijstFilter.weergave("mijn")).regels();
        assertThat(mijn).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyTimelineOfTheTeamleiderComputes() {
        List<Dossier> dossiers = dossiers("teamleider");
        assertThat(dossiers).hasSizeGreaterThanOrEqualTo(40);
        assertThat(dossiers).allSatisfy(d -> assertThat(d.termijnen()).isNotEmpty());
    }

    @Test
    void sixtyHouseholdsAcrossElevenGemeentenWithTwentyInDenHaag() {
        // seven of them only since issue 22's satisfaction report (DemoPlannen.tevredenheid)
        assertThat(alleDossiers()).hasSizeBetween(55, 75);
        assertThat(dossiers("regievoerder")).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void containsNareizigersAGezinsmigrantAndOverdueDeadlines() {
        List<Dossier> alle = alleDossiers();
        assertThat(alle).filteredOn(d -> d.huishouden().personen().stream()
            .anyMatch(p -> p.nareiziger() && p.brpDatum() != null && d.huishouden().brpDatum() != null
                    && p.brpDatum().isAfter(d.huishouden().brpDatum())))
            .hasSizeGreaterThanOrEqualTo(2);
        assertThat(alle).flatMap(d -> d.huishouden().personen()).extracting(Persoon::status)
            .contains(Verblijfsstatus.GEZINSMIGRANT);
        assertThat(alle).filteredOn(d -> !d.traject().status().isAfgesloten())
            .flatMap(Dossier::termijnen).anyMatch(Termijn::isVerlopen);
    }

    @Test
    void tholenHasNoFormalEnd() {
        assertThat(dossiers("regievoerder.tholen")).isNotEmpty()
            .allSatisfy(d -> assertThat(termijn(d, TermijnSoort.EINDE_BEGELEIDING).status())
                .isEqualTo(TermijnStatus.GEEN_EINDE));
    }

    @Test
    void haarlemGivesTwoYearsToHouseholdsWhoMovedInBefore2020AndOneYearAfterCountedFromTheMoveIn() {
        // issue 17 point 10: Haarlem counts from the move-in ("gehuisvest ... in de gemeente", source 004 L106-108),
        // as docs/timeline.md says, not from BRP registration
        LocalDate grens = LocalDate.of(2020, 1, 1);
        List<Dossier> haarlem = dossiers("regievoerder.haarlem").stream()
            .filter(d -> d.huishouden().datums().verhuizing() != null).toList();
        List<Dossier> voor = haarlem.stream().filter(d -> d.huishouden().datums().verhuizing().isBefore(grens))
            .toList();
        List<Dossier> na = haarlem.stream().filter(d -> !d.huishouden().datums().verhuizing().isBefore(grens))
            .toList();
        assertThat(voor).isNotEmpty().allSatisfy(d -> assertThat(d.voorwaarden().begeleidingMaanden()).isEqualTo(24));
        assertThat(na).isNotEmpty().allSatisfy(d -> assertThat(d.voorwaarden().begeleidingMaanden()).isEqualTo(12));
        assertThat(haarlem).allSatisfy(d -> assertThat(d.voorwaarden().telVanaf())
            .isEqualTo(nl.wegwijs.organisatie.Startmoment.VERHUIZING));
        assertThat(voor).allSatisfy(d -> assertThat(termijn(d, TermijnSoort.EINDE_BEGELEIDING).uiterlijk())
            .isEqualTo(d.huishouden().datums().verhuizing().plusMonths(24)));
    }

    /** Issue 17 point 4: the demo records PIP dates and ended inburgering, so worklists no longer cry wolf. */
    @Test
    void noDemoWorklistShowsAnExpiredPipThatTheDataSaysIsSet() {
        LocalDate vandaag = LocalDate.now(clock);
        List<Dossier> alle = alleDossiers();
        java.util.Map<UUID, Dossier> perTraject = new java.util.HashMap<>();
        alle.forEach(d -> perTraject.put(d.traject().id().value(), d));
        // in every file, a PIP with a recorded date is done, never overdue
        assertThat(alle).allSatisfy(d -> assertThat(d.termijnen())
            .filteredOn(t -> t.soort() == TermijnSoort.PIP && d.feiten(t.persoonId()).pipVastgesteldOp() != null)
            .allMatch(t -> t.status() == TermijnStatus.AFGEROND));
        // in every demo user's worklist, a PIP shown as expired belongs to a person without a PIP date
        List<String> gebruikers = new ArrayList<>(REGIEVOERDERS);
        gebruikers.addAll(List.of("vrijwilliger", "begeleider", "teamleider", "budgetcoach", "wijkteam"));
        int verlopenPip = 0;
        for (String gebruiker : gebruikers) {
            for (WerklijstRegel r : werklijstVan(gebruiker)) {
                if ("PIP".equals(r.eerstvolgendeSoort()) && r.eerstvolgendeTermijn().isBefore(vandaag)) {
                    verlopenPip++;
                    Dossier d = perTraject.get(r.trajectId());
                    assertThat(d.termijnen()).as("%s in the worklist of %s", r.naam(), gebruiker)
                        .anyMatch(t -> t.soort() == TermijnSoort.PIP && t.isVerlopen()
                                && r.eerstvolgendeTermijn().equals(t.uiterlijk())
                                && d.feiten(t.persoonId()).pipVastgesteldOp() == null);
                }
            }
        }
        // most PIPs were set: an expired PIP is the exception (a household waiting for its gemeente), not the rule
        long pipTermijnen = alle.stream().flatMap(d -> d.termijnen().stream())
            .filter(t -> t.soort() == TermijnSoort.PIP && t.uiterlijk() != null && t.uiterlijk().isBefore(vandaag))
            .count();
        long pipVerlopen = alle.stream().flatMap(d -> d.termijnen().stream())
            .filter(t -> t.soort() == TermijnSoort.PIP && t.isVerlopen()).count();
        assertThat(pipVerlopen).as("expired PIPs of %s past their date", pipTermijnen)
            .isLessThanOrEqualTo(pipTermijnen / 8);
        assertThat(verlopenPip).as("worklist rows topped by an expired PIP").isLessThanOrEqualTo(8);
        // and some have ended their inburgering, in each of the three ways
        assertThat(alle).flatMap(d -> d.huishouden().personen().stream().map(p -> d.feiten(p.id())).toList())
            .extracting(nl.wegwijs.traject.PersoonFeiten::inburgeringAfronding)
            .contains(nl.wegwijs.traject.InburgeringAfronding.AFGEROND,
                    nl.wegwijs.traject.InburgeringAfronding.ONTHEFFING,
                    nl.wegwijs.traject.InburgeringAfronding.VRIJSTELLING);
    }

    @Test
    void heerenveenMovedItsRunningHouseholdsFromVluchtelingenWerkToTheGemeente() {
        List<Dossier> heerenveen = dossiers("regievoerder.heerenveen");
        assertThat(heerenveen).hasSize(5);
        assertThat(heerenveen).filteredOn(d -> d.huishouden().brpDatum().isBefore(DemoOrganisatie.HEERENVEEN_ZELF)
                && d.traject().status() != TrajectStatus.BEEINDIGD)
            .hasSize(2)
            .allSatisfy(d -> assertThat(d.contract().uitvoerderNaam()).isEqualTo("Gemeente Heerenveen"));
        assertThat(dossiers("teamleider.heerenveen")).hasSize(4);
    }

    @Test
    void phaseOneWorkerHandsOverToTheBegeleider() {
        assertThat(dossiers("teamleider")).anyMatch(d -> {
            List<Toewijzing> toewijzingen = d.traject().toewijzingen();
            return toewijzingen.stream().filter(w -> w.rol() == ToewijzingRol.FASE1 && w.tot() != null)
                .anyMatch(fase1 -> toewijzingen.stream().anyMatch(w -> w.rol() == ToewijzingRol.BEGELEIDER
                        && w.vanaf().equals(fase1.tot().plusDays(1))));
        });
    }

    /** A running household that has started, with its checklist as its gemeente's regievoerder reads it. */
    record Lopend(Dossier dossier, ChecklistPagina checklist) {
    }

    List<Lopend> lopend() {
        List<Lopend> uit = new ArrayList<>();
        for (String r : REGIEVOERDERS) {
            Medewerker ik = als(r);
            for (Dossier d : dossiers(r)) {
                if (!d.traject().status().isAfgesloten() && d.traject().praktischeStart() != null) {
                    uit.add(new Lopend(d, checklist.pagina(ik, d.huishouden().id(), false)));
                }
            }
        }
        return uit;
    }

    List<ChecklistPagina> lopendeChecklists() {
        return lopend().stream().map(Lopend::checklist).toList();
    }

    static List<ChecklistItem> items(ChecklistPagina p) {
        return p.groepen().stream().flatMap(g -> g.regels().stream()).map(r -> r.item()).toList();
    }

    @Test
    void runningHouseholdsHaveTickedTheirChecklistsAtDifferentStages() {
        List<ChecklistPagina> lijsten = lopendeChecklists();
        assertThat(lijsten).hasSizeGreaterThanOrEqualTo(30);
        // every running household has done something; some are nearly there, some far behind
        assertThat(lijsten).allSatisfy(p -> assertThat(p.overzicht().geregeld()).as(p.naam()).isPositive());
        assertThat(lijsten).anyMatch(p -> p.overzicht().procent() >= 80);
        assertThat(lijsten).anyMatch(p -> p.overzicht().procent() <= 40);
        int geregeld = lijsten.stream().mapToInt(p -> p.overzicht().geregeld()).sum();
        int vanToepassing = lijsten.stream().mapToInt(p -> p.overzicht().vanToepassing()).sum();
        assertThat(geregeld).isGreaterThan(vanToepassing / 2);
        List<ChecklistItem> items = lijsten.stream().flatMap(p -> items(p).stream()).toList();
        assertThat(items).filteredOn(i -> i.status() == ItemStatus.NIET_VAN_TOEPASSING)
            .hasSizeGreaterThanOrEqualTo(20)
            .allSatisfy(i -> assertThat(i.redenNietVanToepassing()).isNotBlank());
        // the regievoerder reading these lists sees only the themes of her task (issue 18: GEZONDHEID, FINANCIEN and
        // others need a consent), so the demo's items in progress are counted over whole lists
        assertThat(jdbc.sql("select count(*) from checklist_item where status = 'BEZIG' and huishouden_id = any(?)")
            .param(lijsten.stream().map(p -> p.huishouden().value()).toArray(UUID[]::new)).query(Integer.class)
            .single()).isGreaterThanOrEqualTo(20);
        assertThat(items).filteredOn(i -> i.status() == ItemStatus.GEREGELD)
            .allSatisfy(i -> assertThat(i.datum()).isNotNull().isBeforeOrEqualTo(vandaag()))
            .anyMatch(i -> i.datum().isBefore(vandaag().minusYears(1)));
    }

    @Test
    void whoDidItShiftsFromTheGuideToTheStatushouderOverTheYears() {
        List<Lopend> lopend = lopend();
        int[] jaar1 = new int[3];
        int[] later = new int[3];
        for (Lopend l : lopend) {
            for (WieRij r : l.checklist().overzicht().perTrajectjaar()) {
                tel(r.periode() == 1 ? jaar1 : later, r.begeleider(), r.samen(), r.zelf());
            }
        }
        // year 1: mostly the guide; from year 2 on: far more often alone, far less often the guide
        assertThat(jaar1[0]).isGreaterThan(jaar1[1]).isGreaterThan(jaar1[2]);
        assertThat(later[0] + later[1] + later[2]).isGreaterThanOrEqualTo(20);
        assertThat(aandeel(later, 2)).isGreaterThan(aandeel(jaar1, 2) + 15);
        assertThat(aandeel(later, 0)).isLessThan(aandeel(jaar1, 0) - 20);

        // the yearly tasks by the year of guidance they were done in: the guide, then together, then alone
        int[][] jaarlijks = new int[4][3];
        for (Lopend l : lopend) {
            LocalDate start = l.dossier().traject().praktischeStart();
            items(l.checklist()).stream().filter(i -> i.jaarlijks() && i.status() == ItemStatus.GEREGELD)
                .forEach(i -> jaarlijks[Math.min(3, jaarVanBegeleiding(start, i.datum()))][i.wie().ordinal()]++);
        }
        int[] jaarlijksLater = { jaarlijks[2][0] + jaarlijks[3][0], jaarlijks[2][1] + jaarlijks[3][1],
                jaarlijks[2][2] + jaarlijks[3][2] };
        assertThat(aandeel(jaarlijks[1], 0)).as("yearly tasks in year 1: mostly the guide").isGreaterThan(60);
        assertThat(jaarlijksLater[0] + jaarlijksLater[1] + jaarlijksLater[2]).isGreaterThanOrEqualTo(10);
        assertThat(aandeel(jaarlijksLater, 0)).as("yearly tasks later: rarely the guide").isLessThan(25);
        assertThat(aandeel(jaarlijksLater, 2)).as("yearly tasks later: often alone")
            .isGreaterThan(aandeel(jaarlijks[1], 2) + 20);
        // and so in a household's table per calendar year
        assertThat(lopend).extracting(l -> l.checklist().overzicht().jaarlijks())
            .anyMatch(rijen -> rijen.size() >= 2 && rijen.get(0).procent(WieDeedHet.BEGELEIDER) > 50
                    && rijen.get(rijen.size() - 1).procent(WieDeedHet.ZELF) >= 50);
    }

    static void tel(int[] teller, int begeleider, int samen, int zelf) {
        teller[0] += begeleider;
        teller[1] += samen;
        teller[2] += zelf;
    }

    static int jaarVanBegeleiding(LocalDate start, LocalDate dag) {
        return dag.isAfter(start) ? java.time.Period.between(start, dag).getYears() + 1 : 1;
    }

    static int aandeel(int[] teller, int wie) {
        int totaal = teller[0] + teller[1] + teller[2];
        return totaal == 0 ? 0 : 100 * teller[wie] / totaal;
    }

    @Test
    void overdueChecklistItemsShowInTheWorklistOfSomeRunningHouseholdsButNotAll() {
        LocalDate vandaag = vandaag();
        List<ChecklistPagina> lijsten = lopendeChecklists();
        assertThat(lijsten).filteredOn(p -> p.overzicht().verlopen() > 0).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lijsten).filteredOn(p -> p.overzicht().verlopen() == 0).hasSizeGreaterThanOrEqualTo(8);
        List<WerklijstRegel> lopend = REGIEVOERDERS.stream().flatMap(r -> werklijstVan(r).stream())
            .filter(r -> r.status().equals("ACTIEF") || r.status().equals("VERLENGD")).toList();
        assertThat(lopend).filteredOn(r -> r.checklistTeLaat(vandaag)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lopend).filteredOn(r -> !r.checklistTeLaat(vandaag) && r.checklistOpen() > 0)
            .hasSizeGreaterThanOrEqualTo(8);
        assertThat(werklijst.pagina(als("teamleider"), WerklijstFilter.weergave("te-laat")).regels())
            .anyMatch(r -> r.checklistTeLaat(vandaag));
    }

    /** Today where Wegwijs runs. */
    LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    @Test
    void aHouseholdHandedOverAfterPhaseOneShowsWhatWasDoneAndWhatIsOpen() {
        Medewerker teamleider = als("teamleider");
        List<ChecklistPagina> overgedragen = dossiers("teamleider").stream()
            .filter(d -> !d.traject().status().isAfgesloten() && d.traject().toewijzingen().stream()
                .anyMatch(w -> w.rol() == ToewijzingRol.FASE1 && w.tot() != null))
            .map(d -> checklist.pagina(teamleider, d.huishouden().id(), false)).toList();
        assertThat(overgedragen).isNotEmpty().anyMatch(p -> {
            var categorieen = p.overzicht().categorieen();
            return categorieen.stream().mapToInt(c -> c.geregeld()).sum() > 0
                    && categorieen.stream().mapToInt(c -> c.open()).sum() > 0;
        });
        // the phase-1 worker recorded their part, the begeleider or volunteer the rest
        assertThat(overgedragen).anyMatch(p -> p.groepen().stream().flatMap(g -> g.regels().stream())
            .map(r -> r.vastgelegdDoor()).filter(java.util.Objects::nonNull).distinct().count() >= 2);
    }

    static Termijn termijn(Dossier d, TermijnSoort soort) {
        return d.termijnen().stream().filter(t -> t.soort() == soort).findFirst().orElseThrow();
    }

    @Test
    void demoSignalsAlreadyHaveAShortConversationInTheRightNames() {
        // a demo regievoerder answered signals raised by someone else; nobody's words stand in another's name
        assertThat(jdbc.sql("""
                select count(distinct s.id) from signaal s
                  join signaal_bericht b on b.signaal_id = s.id and b.soort = 'REACTIE' and b.auteur_id <> s.gemeld_door
                  join medewerker m on m.id = b.auteur_id
                 where m.gebruikersnaam in (:regievoerders) and m.naam = b.auteur_naam""")
            .param("regievoerders", REGIEVOERDERS).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    /** Issue 19: the demo has PIPs set on the recorded PIP date, adjusted ones, progress, drafts and the gap. */
    @Test
    void theDemoHasPipsSetOnTheRecordedDateAdjustedOnesProgressAndATimelyStartGap() {
        String demo = " p.huishouden_id in (select h.id from huishouden h join gemeente g on g.id = h.gemeente_id"
                + " where g.cbs_code < 'GM8000')";
        long vastgesteld = jdbc.sql("select count(*) from pip p where exists (select 1 from pip_versie v"
                + " where v.pip_id = p.id and v.status = 'VASTGESTELD') and" + demo).query(Long.class).single();
        assertThat(vastgesteld).isGreaterThan(20);
        assertThat(jdbc.sql("select count(*) from pip p join pip_versie v on v.pip_id = p.id where v.nummer = 2"
                + " and v.status = 'VASTGESTELD' and" + demo).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from pip p join pip_versie v on v.pip_id = p.id"
                + " where v.status = 'CONCEPT' and v.nummer = 1 and" + demo).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from pip_voortgang g join pip_doel d on d.id = g.doel_id"
                + " join pip p on p.id = d.pip_id where" + demo).query(Long.class).single()).isPositive();
        // the timely-start gap: past phase 1, PIP set, no first language lesson
        assertThat(jdbc.sql("select count(*) from pip p join traject t on t.id = p.traject_id"
                + " where p.eerste_taalles_op is null and t.fase_code <> 'FASE1' and exists (select 1 from pip_versie v"
                + " where v.pip_id = p.id and v.status = 'VASTGESTELD') and" + demo).query(Long.class).single())
            .isPositive();
        // every set PIP's first decision is the trajectory's recorded PIP date
        assertThat(jdbc.sql("select count(*) from pip p join pip_versie v on v.pip_id = p.id and v.nummer = 1"
                + " and v.status = 'VASTGESTELD' left join traject_persoon_feit f on f.traject_id = p.traject_id"
                + " and f.persoon_id = p.persoon_id where f.pip_vastgesteld_op is distinct from v.vastgesteld_op and"
                + demo).query(Long.class).single()).isZero();
    }
}
