package nl.wegwijs.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.TestData;
import nl.wegwijs.checklist.ChecklistFixture.Begeleid;
import nl.wegwijs.checklist.ChecklistFixture.Rij;
import nl.wegwijs.huishouden.Huishouden;
import nl.wegwijs.huishouden.HuishoudenService;
import nl.wegwijs.huishouden.Geletterdheid;
import nl.wegwijs.huishouden.Geslacht;
import nl.wegwijs.huishouden.NieuwePersoon;
import nl.wegwijs.huishouden.Persoon;
import nl.wegwijs.huishouden.PersoonRol;
import nl.wegwijs.huishouden.Verblijfsstatus;
import nl.wegwijs.traject.Aanmelding;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.traject.EindeReden;
import nl.wegwijs.traject.Traject;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.traject.TrajectStatus;

import static nl.wegwijs.checklist.ChecklistFixture.rij;
import static nl.wegwijs.checklist.ChecklistFixture.rijen;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A household's checklist follows its trajectory and household: created on acceptance, idempotent, persons added
 * later get their items, yearly items per year, untouched items that no longer apply go (recorded work stays), closed
 * trajectories get nothing new, the nightly job catches up, a contract's own template reaches its households there.
 */
@IntegrationTest
@RecordApplicationEvents
class ChecklistSynchronisatieTests {

    static final LocalDate BRP = LocalDate.now().minusMonths(1);
    static final int JAAR = LocalDate.now().getYear();

    @Autowired
    TestData data;

    @Autowired
    TrajectService trajecten;

    @Autowired
    HuishoudenService huishoudens;

    @Autowired
    ChecklistService checklist;

    @Autowired
    ChecklistVerversing verversing;

    @Autowired
    SjabloonService sjablonen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    /**
     * Runs the nightly job now (the lock of an earlier run in this JVM is released first). ShedLock keeps its times
     * in UTC ({@code timezone('utc', current_timestamp)}) in a column without time zone, while the session runs in
     * the JVM's zone (Europe/Amsterdam in the tests): a plain {@code now()} would leave the lock held for an hour.
     */
    private Integer ververs() {
        jdbc.sql("""
                update shedlock set lock_until = timezone('utc', now()) - interval '1 second'
                 where name = 'checklist-verversen'""").update();
        Integer aantal = verversing.ververs();
        assertThat(aantal).as("the nightly job ran (its lock was free)").isNotNull();
        return aantal;
    }

    private Huishouden huishouden(Begeleid b) {
        return huishoudens.intern(b.huishouden()).orElseThrow();
    }

    private UUID persoon(Begeleid b, String voornaam) {
        return huishouden(b).personen().stream().filter(p -> p.voornaam().equals(voornaam)).findFirst().orElseThrow()
            .id();
    }

    @Test
    void aRegisteredHouseholdHasNoChecklistUntilTheTeamleiderAcceptsIt() {
        TestData.Wereld w = data.wereld();
        Traject t = data.aanmelding(w, BRP);
        assertThat(rijen(jdbc, t.huishouden())).isEmpty();
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        assertThat(rijen(jdbc, t.huishouden())).isNotEmpty();
    }

    @Test
    void theHouseholdAndEachPersonGetTheirItemsByAge() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        List<Rij> rijen = rijen(jdbc, b.huishouden());
        UUID samira = persoon(b, "Samira");
        UUID yusuf = persoon(b, "Yusuf");
        UUID lina = persoon(b, "Lina");

        assertThat(rijen).filteredOn(r -> r.code().equals("huurcontract")).singleElement()
            .satisfies(r -> {
                assertThat(r.persoonId()).isNull();
                assertThat(r.deadline()).isEqualTo(BRP); // the regeldag of TestData is the BRP date
                assertThat(r.status()).isEqualTo("TE_DOEN");
            });
        assertThat(rijen).filteredOn(r -> r.code().equals("zorgverzekering")).extracting(Rij::persoonId)
            .containsExactlyInAnyOrder(samira, yusuf);
        assertThat(rijen).filteredOn(r -> r.code().equals("school")).extracting(Rij::persoonId).containsExactly(lina);
        assertThat(rijen).filteredOn(r -> r.code().equals("brp")).extracting(Rij::persoonId)
            .containsExactlyInAnyOrder(samira, yusuf, lina);
        assertThat(rijen).filteredOn(r -> r.code().equals("jaarlijks-zorgverzekering")).extracting(Rij::jaar)
            .containsExactly(JAAR);
        // the money risks of the move from the azc are on every checklist
        assertThat(rijen).extracting(Rij::code).contains("zorgtoeslag-coa", "voorschot", "toeslagen-controle",
                "kinderbijslag");
        // not for this household: shipped switched off, for toddlers, for nareizigers
        assertThat(rijen).extracting(Rij::code).doesNotContain("woning-zoeken", "consultatiebureau",
                "nareiziger-wijzigingen");
    }

    @Test
    void synchronisingAgainChangesNothing() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        List<Rij> voor = rijen(jdbc, b.huishouden());
        checklist.synchroniseer(b.huishouden());
        checklist.synchroniseer(b.huishouden());
        assertThat(rijen(jdbc, b.huishouden())).containsExactlyElementsOf(voor);
    }

    @Test
    void aNareizigerAddedLaterGetsTheirOwnItemsFromTheirOwnBrpDate() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        LocalDate aankomst = LocalDate.now().minusDays(2);
        Medewerker regie = b.als(Rol.REGIEVOERDER);
        huishoudens.voegPersoonToe(regie, b.huishouden(), huishouden(b).versie(),
                TestData.persoon(PersoonRol.NAREIZIGER, "Omar", "Haddad", LocalDate.of(1995, 2, 2), aankomst));
        UUID omar = persoon(b, "Omar");
        List<Rij> vanOmar = rijen(jdbc, b.huishouden()).stream().filter(r -> omar.equals(r.persoonId())).toList();
        assertThat(vanOmar).extracting(Rij::code).contains("nareiziger-wijzigingen", "nareiziger-wegwijs",
                "zorgverzekering", "digid", "huisarts", "brp").doesNotContain("school");
        assertThat(vanOmar).filteredOn(r -> r.code().equals("zorgverzekering")).singleElement()
            .satisfies(r -> assertThat(r.deadline()).isEqualTo(aankomst.plusDays(7)));
        assertThat(vanOmar).filteredOn(r -> r.code().equals("nareiziger-wijzigingen")).singleElement()
            .satisfies(r -> assertThat(r.deadline()).isEqualTo(aankomst.plusDays(14)));
    }

    /** Registered today by the regievoerder, who knew: housing a month ago, regeldag and BRP three days ago. */
    private Begeleid vandaagAangemeld() {
        TestData.Wereld w = data.wereld();
        LocalDate vandaag = LocalDate.now();
        LocalDate brp = vandaag.minusDays(3);
        Aanmelding a = data.aanmeldingVoor(w, brp, "Nieuw");
        Traject t = trajecten.meldAan(w.als(Rol.REGIEVOERDER), new Aanmelding(a.contractId(), a.adres(),
                new Huishouden.HuishoudenDatums(vandaag.minusMonths(3), vandaag.minusMonths(1), brp,
                        vandaag.plusDays(11)), a.herkomstLocatie(), a.personen(), vandaag));
        trajecten.accepteer(w.als(Rol.TEAMLEIDER), t.id(), 1, w.teamA().id());
        return new Begeleid(w, t, t.huishouden());
    }

    @Test
    void aHouseholdRegisteredTodayHasNothingOverdueAndWhatItsDataSettleIsGeregeld() {
        Begeleid b = vandaagAangemeld();
        LocalDate brp = LocalDate.now().minusDays(3);
        List<Rij> rijen = rijen(jdbc, b.huishouden());
        assertThat(rijen).hasSizeGreaterThan(40);
        assertThat(rijen).filteredOn(r -> List.of("TE_DOEN", "BEZIG").contains(r.status()))
            .allSatisfy(r -> assertThat(r.deadline()).as(r.code()).isAfterOrEqualTo(LocalDate.now()));
        // the BRP registration of each person and the regeldag are in the data: geregeld on that date, by nobody
        assertThat(rijen).filteredOn(r -> r.status().equals("GEREGELD"))
            .extracting(Rij::code, Rij::wie, Rij::persoonId)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("brp", null, persoon(b, "Samira")),
                    org.assertj.core.groups.Tuple.tuple("brp", null, persoon(b, "Yusuf")),
                    org.assertj.core.groups.Tuple.tuple("brp", null, persoon(b, "Lina")),
                    org.assertj.core.groups.Tuple.tuple("regeldag", null, null));
        assertThat(jdbc.sql("select distinct datum from checklist_item where huishouden_id = ? and status = 'GEREGELD'")
            .param(b.huishouden().value()).query(LocalDate.class).list()).containsExactly(brp);
        // the worklist hears the same: open items, none overdue
        ChecklistService.Stand stand = checklist.stand(b.huishouden());
        assertThat(stand.open()).isEqualTo(rijen.size() - 4);
        assertThat(stand.vroegsteDeadline()).isAfterOrEqualTo(LocalDate.now());
        synchronisingAgainChangesNothing(b);
    }

    private void synchronisingAgainChangesNothing(Begeleid b) {
        List<Rij> voor = rijen(jdbc, b.huishouden());
        checklist.synchroniseer(b.huishouden());
        assertThat(rijen(jdbc, b.huishouden())).containsExactlyElementsOf(voor);
    }

    @Test
    void aFactThatGoesSendsItsItemBackAPersonsTickStays() {
        Begeleid b = vandaagAangemeld();
        Rij regeldag = rij(jdbc, b.huishouden(), "regeldag");
        assertThat(regeldag.status()).isEqualTo("GEREGELD");
        Rij samira = rijen(jdbc, b.huishouden()).stream()
            .filter(r -> r.code().equals("brp") && r.persoonId().equals(persoon(b, "Samira"))).findFirst()
            .orElseThrow();
        // a person confirms Samira's registration herself: now it is hers, whatever the data say
        checklist.wijzig(b.als(Rol.BEGELEIDER), new ChecklistItemId(samira.id()), samira.versie(),
                new ItemWijziging(ItemStatus.GEREGELD, WieDeedHet.ZELF, LocalDate.now(), samira.deadline(), null,
                        null));

        // the regeldag and BRP dates were typed in error and are cleared
        Huishouden h = huishouden(b);
        huishoudens.wijzig(b.als(Rol.REGIEVOERDER), b.huishouden(), h.versie(), h.adres(),
                new Huishouden.HuishoudenDatums(h.datums().koppeling(), h.datums().huisvesting(), null,
                        h.datums().verhuizing()), h.herkomstLocatie());
        for (String naam : List.of("Samira", "Yusuf")) {
            Huishouden nu = huishouden(b);
            nu.persoon(persoon(b, naam)).ifPresent(p -> huishoudens.wijzigPersoon(b.als(Rol.REGIEVOERDER),
                    b.huishouden(), nu.versie(), zonderBrp(p)));
        }

        assertThat(rij(jdbc, regeldag.id())).satisfies(r -> {
            assertThat(r.status()).isEqualTo("TE_DOEN");
            assertThat(r.wie()).isNull();
        });
        assertThat(jdbc.sql("select datum from checklist_item where id = ?").param(regeldag.id())
            .query(LocalDate.class).optional()).isEmpty();
        assertThat(rij(jdbc, samira.id())).satisfies(r -> {
            assertThat(r.status()).isEqualTo("GEREGELD");
            assertThat(r.wie()).isEqualTo("ZELF");
        });
        assertThat(rijen(jdbc, b.huishouden())).filteredOn(r -> r.code().equals("brp")
                && r.persoonId().equals(persoon(b, "Yusuf")))
            .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("TE_DOEN"));
    }

    private static NieuwePersoon zonderBrp(Persoon p) {
        return new NieuwePersoon(p.id(), p.rol(), p.voornaam(), p.achternaam(), p.geboortedatum(), p.geslacht(),
                p.landVanHerkomst(), p.talen(), p.tolkNodig(), p.tolkTaal(), p.geletterdheid(), p.vNummer(), p.bsn(),
                p.vergunningDatum(), null, p.status());
    }

    @Test
    void aNareizigerOnHerWayGetsNothingUntilSheArrives() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        Medewerker regie = b.als(Rol.REGIEVOERDER);
        NieuwePersoon onderweg = new NieuwePersoon(null, PersoonRol.NAREIZIGER, "Amal", "Haddad",
                LocalDate.of(1996, 4, 4), Geslacht.VROUW, "Syrië", List.of("Arabisch"), true, "Arabisch",
                Geletterdheid.GELETTERD, null, null, null, null, Verblijfsstatus.NAREIZIGER);
        huishoudens.voegPersoonToe(regie, b.huishouden(), huishouden(b).versie(), onderweg);
        UUID amal = persoon(b, "Amal");
        assertThat(rijen(jdbc, b.huishouden())).extracting(Rij::persoonId).doesNotContain(amal);
        assertThat(rijen(jdbc, b.huishouden())).extracting(Rij::code).doesNotContain("nareiziger-wijzigingen");

        // she arrives: her BRP date is recorded, her items come, due from that date
        LocalDate aankomst = LocalDate.now().minusDays(1);
        Persoon p = huishouden(b).persoon(amal).orElseThrow();
        huishoudens.wijzigPersoon(regie, b.huishouden(), huishouden(b).versie(), new NieuwePersoon(amal, p.rol(),
                p.voornaam(), p.achternaam(), p.geboortedatum(), p.geslacht(), p.landVanHerkomst(), p.talen(),
                p.tolkNodig(), p.tolkTaal(), p.geletterdheid(), null, null, null, aankomst, p.status()));
        List<Rij> vanAmal = rijen(jdbc, b.huishouden()).stream().filter(r -> amal.equals(r.persoonId())).toList();
        assertThat(vanAmal).extracting(Rij::code).contains("nareiziger-wijzigingen", "zorgverzekering", "brp");
        assertThat(vanAmal).filteredOn(r -> r.code().equals("zorgverzekering")).singleElement()
            .satisfies(r -> assertThat(r.deadline()).isEqualTo(aankomst.plusDays(7)));
        assertThat(vanAmal).filteredOn(r -> r.code().equals("brp")).singleElement()
            .satisfies(r -> assertThat(r.status()).isEqualTo("GEREGELD"));
    }

    @Test
    void aNewbornGetsTheToddlerItems() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        assertThat(rijen(jdbc, b.huishouden())).extracting(Rij::code).doesNotContain("consultatiebureau");
        huishoudens.voegPersoonToe(b.als(Rol.REGIEVOERDER), b.huishouden(), huishouden(b).versie(),
                TestData.persoon(PersoonRol.KIND, "Noor", "Haddad", LocalDate.now().minusDays(20),
                        LocalDate.now().minusDays(15)));
        assertThat(rijen(jdbc, b.huishouden())).filteredOn(r -> r.code().equals("consultatiebureau"))
            .extracting(Rij::persoonId).containsExactly(persoon(b, "Noor"));
    }

    @Test
    void yearlyItemsComeForEveryCalendarYearSinceTheStartOfGuidance() {
        LocalDate brp = LocalDate.of(JAAR - 2, 1, 15);
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, brp);
        trajecten.start(b.als(Rol.TEAMLEIDER), b.traject().id(), 3, LocalDate.of(JAAR - 2, 2, 1));
        List<Rij> rijen = rijen(jdbc, b.huishouden());
        assertThat(rijen).filteredOn(r -> r.code().equals("jaarlijks-aangifte")).extracting(Rij::jaar)
            .containsExactly(JAAR - 2, JAAR - 1, JAAR);
        assertThat(rijen).filteredOn(r -> r.code().equals("jaarlijks-aangifte")).extracting(Rij::deadline)
            .containsExactly(LocalDate.of(JAAR - 2, 5, 1), LocalDate.of(JAAR - 1, 5, 1), LocalDate.of(JAAR, 5, 1));
        // meter readings recur from the first anniversary of the move-in (29 January)
        assertThat(rijen).filteredOn(r -> r.code().equals("jaarlijks-meterstanden")).extracting(Rij::jaar)
            .containsExactly(JAAR - 1, JAAR);
    }

    @Test
    void openItemsFollowAChangedDateUnlessTheirDueDateWasSetByHand() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        Medewerker vrijwilliger = b.als(Rol.VRIJWILLIGER);
        Rij water = rij(jdbc, b.huishouden(), "water");
        Rij internet = rij(jdbc, b.huishouden(), "internet");
        Rij inboedel = rij(jdbc, b.huishouden(), "inboedel");
        LocalDate handmatig = LocalDate.now().plusDays(40);
        checklist.wijzig(vrijwilliger, new ChecklistItemId(internet.id()), 1,
                new ItemWijziging(ItemStatus.BEZIG, null, null, handmatig, null, null));
        checklist.vinkAf(vrijwilliger, new ChecklistItemId(inboedel.id()), 1, WieDeedHet.SAMEN);

        Huishouden h = huishouden(b);
        LocalDate verhuisd = BRP.plusDays(30);
        huishoudens.wijzig(b.als(Rol.REGIEVOERDER), b.huishouden(), h.versie(), h.adres(),
                new Huishouden.HuishoudenDatums(h.datums().koppeling(), h.datums().huisvesting(),
                        h.datums().regeldag(), verhuisd), h.herkomstLocatie());

        assertThat(rij(jdbc, water.id()).deadline()).isEqualTo(verhuisd.plusDays(14));
        assertThat(rij(jdbc, water.id()).versie()).isEqualTo(2);
        assertThat(rij(jdbc, internet.id()).deadline()).isEqualTo(handmatig);
        assertThat(rij(jdbc, inboedel.id()).deadline()).isEqualTo(inboedel.deadline());
    }

    @Test
    void aClosedTrajectoryGetsNothingNew() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        trajecten.sluitAf(b.als(Rol.TEAMLEIDER), b.traject().id(), 3, TrajectStatus.BEEINDIGD, EindeReden.values()[0],
                LocalDate.now(), null);
        int voor = rijen(jdbc, b.huishouden()).size();
        huishoudens.voegPersoonToe(b.als(Rol.REGIEVOERDER), b.huishouden(), huishouden(b).versie(),
                TestData.persoon(PersoonRol.NAREIZIGER, "Omar", "Haddad", LocalDate.of(1995, 2, 2), LocalDate.now()));
        assertThat(rijen(jdbc, b.huishouden())).hasSize(voor);
        assertThat(jdbc.sql("select actief from checklist_huishouden where huishouden_id = ?")
            .param(b.huishouden().value()).query(Boolean.class).single()).isFalse();
    }

    @Test
    void theNightlyJobSynchronisesOnlyTheHouseholdsThatAreDue() {
        Begeleid due = ChecklistFixture.begeleid(data, trajecten, BRP);
        Begeleid nietDue = ChecklistFixture.begeleid(data, trajecten, BRP);
        for (Begeleid b : List.of(due, nietDue)) {
            // as if it were still last year: this year's yearly item does not exist yet
            jdbc.sql("delete from checklist_item where huishouden_id = ? and code = 'jaarlijks-zorgverzekering'")
                .param(b.huishouden().value()).update();
        }
        jdbc.sql("update checklist_huishouden set volgende_synchronisatie = ? where huishouden_id = ?")
            .params(LocalDate.now().minusDays(1), due.huishouden().value()).update();

        assertThat(ververs()).isPositive();

        assertThat(rijen(jdbc, due.huishouden())).extracting(Rij::code).contains("jaarlijks-zorgverzekering");
        assertThat(rijen(jdbc, nietDue.huishouden())).extracting(Rij::code)
            .doesNotContain("jaarlijks-zorgverzekering");
        assertThat(jdbc.sql("select volgende_synchronisatie from checklist_huishouden where huishouden_id = ?")
            .param(due.huishouden().value()).query(LocalDate.class).single()).isAfter(LocalDate.now());
    }

    private UUID sjabloonItem(Rij r) {
        return jdbc.sql("select sjabloon_item_id from checklist_item where id = ?").param(r.id()).query(UUID.class)
            .single();
    }

    @Test
    void aContractsOwnTemplateKeepsWhatHouseholdsHave() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        Medewerker tl = b.als(Rol.TEAMLEIDER);
        UUID contract = b.w().contract().id();
        Rij huurcontract = rij(jdbc, b.huishouden(), "huurcontract");

        // the first change copies the default; the household follows the copy from its next synchronisation on,
        // without duplicates
        sjablonen.zetInGebruik(tl, contract, 0, "woning-zoeken", true);
        Sjabloon eigen = sjablonen.sjabloon(tl, contract);
        assertThat(eigen.eigen()).isTrue();
        UUID copyItem = eigen.items().stream().filter(i -> i.code().equals("huurcontract")).findFirst().orElseThrow()
            .id();
        checklist.synchroniseer(b.huishouden());
        assertThat(sjabloonItem(huurcontract)).isEqualTo(copyItem);
        List<Rij> na = rijen(jdbc, b.huishouden());
        assertThat(na).extracting(Rij::code).contains("woning-zoeken");
        assertThat(na).filteredOn(r -> r.code().equals("huurcontract")).containsExactly(huurcontract);

        // retiring an item: the household keeps it, a new household of the contract does not get it
        sjablonen.zetInGebruik(tl, contract, eigen.versie(), "huurcontract", false);
        checklist.synchroniseer(b.huishouden());
        assertThat(rijen(jdbc, b.huishouden())).filteredOn(r -> r.code().equals("huurcontract")).hasSize(1);
        Begeleid nieuw = ChecklistFixture.begeleid(data, trajecten, b.w(), BRP, "Karimi");
        assertThat(rijen(jdbc, nieuw.huishouden())).extracting(Rij::code).doesNotContain("huurcontract")
            .contains("woning-zoeken");
    }

    @Test
    void anAddedTemplateItemReachesRunningHouseholdsWithTheNightlyJob() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        sjablonen.voegToe(b.als(Rol.TEAMLEIDER), b.w().contract().id(), 0, new NieuwSjabloonItem("Fietsles regelen",
                Thema.PARTICIPATIE, null, Reikwijdte.PERSOON, 18, null, Referentie.TRAJECT_START, 60, false,
                Uitvoerende.REGULIER, null, "Veel gemeenten hebben een fietsproject."));
        assertThat(rijen(jdbc, b.huishouden())).extracting(Rij::code).doesNotContain("eigen-fietsles-regelen");
        ververs();
        assertThat(rijen(jdbc, b.huishouden())).filteredOn(r -> r.code().equals("eigen-fietsles-regelen"))
            .hasSize(2);
    }

    @Test
    void everySynchronisationPublishesTheStand() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        events.clear();
        checklist.synchroniseer(b.huishouden());
        List<Rij> open = rijen(jdbc, b.huishouden()).stream().filter(r -> r.status().equals("TE_DOEN")).toList();
        assertThat(events.stream(ChecklistStandGewijzigd.class).filter(e -> e.huishouden().equals(b.huishouden())))
            .singleElement().satisfies(e -> {
                assertThat(e.open()).isEqualTo(open.size());
                assertThat(e.vroegsteDeadline()).isEqualTo(open.stream().map(Rij::deadline)
                    .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElseThrow());
            });
    }

    @Test
    void theFirstEditOfAContractsTemplateTouchesNoHouseholdsItemsTheNightlyJobMovesThemOver() throws Exception {
        Begeleid lopend = ChecklistFixture.begeleid(data, trajecten, BRP);
        Begeleid gesloten = ChecklistFixture.begeleid(data, trajecten, lopend.w(), BRP, "Karimi");
        trajecten.sluitAf(gesloten.als(Rol.TEAMLEIDER), gesloten.traject().id(), 3, TrajectStatus.BEEINDIGD,
                EindeReden.values()[0], LocalDate.now(), null);
        Rij huurcontract = rij(jdbc, lopend.huishouden(), "huurcontract");
        Rij geslotenHuurcontract = rij(jdbc, gesloten.huishouden(), "huurcontract");
        UUID standaard = sjabloonItem(huurcontract);
        UUID contract = lopend.w().contract().id();
        jdbc.sql("update checklist_huishouden set volgende_synchronisatie = ? where huishouden_id = ?")
            .params(LocalDate.now().plusMonths(3), lopend.huishouden().value()).update();

        var telling = nl.wegwijs.system.SqlTeller.tel(
                () -> sjablonen.verplaats(lopend.als(Rol.TEAMLEIDER), contract, 0, "huurcontract", 1));
        assertThat(telling.statements()).as(telling.toString())
            .noneMatch(sql -> sql.matches("(?is).*(update|delete from|insert into)\\s+checklist_item\\b.*"));
        assertThat(sjabloonItem(huurcontract)).isEqualTo(standaard);
        // the running household is due tonight, the closed one is left alone
        assertThat(jdbc.sql("select volgende_synchronisatie from checklist_huishouden where huishouden_id = ?")
            .param(lopend.huishouden().value()).query(LocalDate.class).single()).isEqualTo(LocalDate.now());

        ververs();
        UUID kopie = sjablonen.sjabloon(lopend.als(Rol.TEAMLEIDER), contract).items().stream()
            .filter(i -> i.code().equals("huurcontract")).findFirst().orElseThrow().id();
        assertThat(sjabloonItem(huurcontract)).isEqualTo(kopie);
        assertThat(sjabloonItem(geslotenHuurcontract)).isEqualTo(standaard);
    }

    private nl.wegwijs.huishouden.NieuwePersoon metGeboortedatum(nl.wegwijs.huishouden.Persoon p, LocalDate geboren) {
        return new nl.wegwijs.huishouden.NieuwePersoon(p.id(), p.rol(), p.voornaam(), p.achternaam(), geboren,
                p.geslacht(), p.landVanHerkomst(), p.talen(), p.tolkNodig(), p.tolkTaal(), p.geletterdheid(),
                p.vNummer(), p.bsn(), p.vergunningDatum(), p.brpDatum(), p.status());
    }

    @Test
    void aCorrectedBirthDateTakesTheUntouchedAdultItemsAwayRecordedWorkStays() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        UUID yusuf = persoon(b, "Yusuf");
        Rij digid = rijen(jdbc, b.huishouden()).stream()
            .filter(r -> r.code().equals("digid") && yusuf.equals(r.persoonId())).findFirst().orElseThrow();
        checklist.vinkAf(b.als(Rol.VRIJWILLIGER), new ChecklistItemId(digid.id()), 1, WieDeedHet.SAMEN);

        Huishouden h = huishouden(b);
        nl.wegwijs.huishouden.Persoon p = h.persoon(yusuf).orElseThrow();
        huishoudens.wijzigPersoon(b.als(Rol.REGIEVOERDER), b.huishouden(), h.versie(),
                metGeboortedatum(p, LocalDate.of(2012, 7, 12)));

        List<Rij> vanYusuf = rijen(jdbc, b.huishouden()).stream().filter(r -> yusuf.equals(r.persoonId())).toList();
        assertThat(vanYusuf).extracting(Rij::code).doesNotContain("zorgverzekering", "bankrekening")
            .contains("digid", "school");
        assertThat(vanYusuf).filteredOn(r -> r.code().equals("digid")).singleElement()
            .satisfies(r -> assertThat(r.status()).isEqualTo("GEREGELD"));
    }

    @Test
    void anAnniversaryItemWaitsForItsDateAndOneMadeWithoutItGoes() {
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, BRP);
        Huishouden h = huishouden(b);
        Huishouden.HuishoudenDatums d = h.datums();
        // the move-in date turns out unknown: no meter readings for this year without a due date
        huishoudens.wijzig(b.als(Rol.REGIEVOERDER), b.huishouden(), h.versie(), h.adres(),
                new Huishouden.HuishoudenDatums(d.koppeling(), d.huisvesting(), d.regeldag(), null),
                h.herkomstLocatie());
        assertThat(rijen(jdbc, b.huishouden())).extracting(Rij::code).doesNotContain("jaarlijks-meterstanden");
        // one made that way before (earlier rules) goes at the next synchronisation
        jdbc.sql("""
                insert into checklist_item (id, huishouden_id, sjabloon_item_id, code, jaar, aangemaakt_op)
                select gen_random_uuid(), ?, id, code, ?, now() from checklist_sjabloon_item
                 where code = 'jaarlijks-meterstanden' and sjabloon_id = '00000000-0000-4000-8000-00000000c4ec'""")
            .params(b.huishouden().value(), JAAR).update();
        checklist.synchroniseer(b.huishouden());
        assertThat(rijen(jdbc, b.huishouden())).extracting(Rij::code).doesNotContain("jaarlijks-meterstanden");
    }

    @Test
    void aYearBeforeThePracticalStartGoesWhenGuidanceStartsInTheNextYear() {
        // registered in November last year: during intake the checklist counts from then
        Begeleid b = ChecklistFixture.begeleid(data, trajecten, LocalDate.of(JAAR - 1, 11, 15));
        assertThat(rijen(jdbc, b.huishouden())).filteredOn(r -> r.code().equals("jaarlijks-zorgverzekering"))
            .extracting(Rij::jaar).containsExactly(JAAR - 1, JAAR);
        trajecten.start(b.als(Rol.TEAMLEIDER), b.traject().id(), 3, LocalDate.of(JAAR, 1, 1));
        assertThat(rijen(jdbc, b.huishouden())).filteredOn(r -> r.code().equals("jaarlijks-zorgverzekering"))
            .extracting(Rij::jaar).containsExactly(JAAR);
    }

    @Test
    void theDefaultTemplateCoversEveryThemeCategoryAndTheYearlyTasks() {
        List<SjabloonItem> standaard = sjablonen.sjabloon(data.wereld().als(Rol.BEHEERDER),
                data.wereld().contract().id()).items();
        assertThat(standaard).extracting(SjabloonItem::thema).containsAll(List.of(Thema.values()));
        assertThat(standaard).extracting(SjabloonItem::categorie).containsAll(List.of(Categorie.values()));
        assertThat(standaard).filteredOn(SjabloonItem::jaarlijks).extracting(SjabloonItem::code)
            .contains("jaarlijks-meterstanden", "jaarlijks-heffingen", "jaarlijks-toeslagen", "jaarlijks-aangifte");
        assertThat(standaard).extracting(SjabloonItem::code).doesNotHaveDuplicates()
            .contains("zorgtoeslag-coa", "voorschot", "toeslagen-controle");
        assertThat(standaard).filteredOn(i -> i.doelgroep() == Doelgroep.NAREIZIGER).isNotEmpty();
    }
}
