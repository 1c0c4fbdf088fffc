package nl.wegwijs.generator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.checklist.ChecklistItem;
import nl.wegwijs.checklist.ChecklistOpbouw;
import nl.wegwijs.checklist.ChecklistService;
import nl.wegwijs.huishouden.Bsn;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
import nl.wegwijs.post.Brief;
import nl.wegwijs.post.PostService;
import nl.wegwijs.signaal.SignaalId;
import nl.wegwijs.signaal.SignaalRegel;
import nl.wegwijs.signaal.SignaalService;
import nl.wegwijs.traject.Dossier;
import nl.wegwijs.traject.TrajectGewijzigd;
import nl.wegwijs.traject.TrajectId;
import nl.wegwijs.traject.TrajectService;
import nl.wegwijs.werklijst.Werklijst;
import nl.wegwijs.werklijst.WerklijstFilter;
import nl.wegwijs.werklijst.WerklijstRegel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * A tiny scale generated into the shared test database (beside the other tests' rows, so every query is limited to
 * the generated gemeenten): the rows are complete, follow the intended distributions, and are valid for the domain
 * code — dossiers and timelines compute, the worklist rows are what the worklist's own updater writes, the checklists
 * are what the checklist's synchronisation makes, letters and signals read back through their services as the
 * worklist shows them, and every vrijwilliger sees exactly the running households assigned to them.
 */
@IntegrationTest
class GeneratorTests {

    static final Schaal PROEF = new Schaal("proef", 5, 200, 0.25, false);
    private static Generator.Resultaat gegenereerd;
    /** After the generation: later rows in the processing log are this test's own reads. */
    private static Instant klaar;
    /** The checklist items as generated, before any test synchronised them. */
    private static Map<UUID, String> gegenereerdeItems;

    @Autowired
    DataSource dataSource;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TrajectService trajecten;

    @Autowired
    OrganisatieService organisaties;

    @Autowired
    Werklijst werklijst;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MockMvc mvc;

    @Autowired
    ChecklistService checklists;

    @Autowired
    PostService post;

    @Autowired
    SignaalService signalen;

    @BeforeEach
    void genereer() {
        synchronized (GeneratorTests.class) {
            if (gegenereerd == null) {
                gegenereerd = new Generator(dataSource, encoder.encode(GeneratorStart.WACHTWOORD), clock, PROEF,
                        20_261_123L, "gt-", ChecklistOpbouw.standaardSjabloon(jdbc)).genereer();
                klaar = clock.instant();
                gegenereerdeItems = checklistItems();
            }
        }
    }

    private UUID[] gemeenten() {
        return gegenereerd.gemeenten().toArray(UUID[]::new);
    }

    private long tel(String sql) {
        return jdbc.sql(sql).param("g", gemeenten()).query(Long.class).single();
    }

    /** Counts with {@code :vandaag} the application's today (the database's may be another day near midnight). */
    private long telOp(String sql) {
        return jdbc.sql(sql).param("g", gemeenten()).param("vandaag", LocalDate.now(clock)).query(Long.class)
            .single();
    }

    private Medewerker medewerker(UUID id) {
        return organisaties.medewerker(id).orElseThrow();
    }

    @Test
    void writesEveryRowItCountsForItsGemeenten() {
        Map<String, Long> rijen = gegenereerd.rijen();
        assertThat(tel("select count(*) from gemeente where id = any(:g)")).isEqualTo(5);
        assertThat(tel("select count(*) from huishouden where gemeente_id = any(:g)")).isEqualTo(200)
            .isEqualTo(rijen.get("huishouden"));
        assertThat(tel("select count(*) from persoon p join huishouden h on h.id = p.huishouden_id "
                + "where h.gemeente_id = any(:g)")).isEqualTo(rijen.get("persoon"));
        assertThat(tel("select count(distinct t.huishouden_id) from traject t where t.gemeente_id = any(:g)"))
            .isEqualTo(200);
        assertThat(tel("select count(*) from werklijst_regel where gemeente_id = any(:g)")).isEqualTo(200);
        assertThat(tel("select count(*) from traject_status s join traject t on t.id = s.traject_id "
                + "where t.gemeente_id = any(:g)")).isEqualTo(rijen.get("traject_status"));
        assertThat(jdbc.sql("select count(*) from verwerking v join huishouden h on h.id = v.huishouden_id "
                + "where h.gemeente_id = any(:g) and v.tijdstip <= :klaar").param("g", gemeenten())
            .param("klaar", Timestamp.from(klaar)).query(Long.class).single())
            .isEqualTo(rijen.get("verwerking")).isGreaterThan(5_000);
        assertThat(tel("select count(*) from medewerker where gebruikersnaam like 'gt-%'"))
            .isEqualTo(gegenereerd.medewerkers().size());
        assertThat(tel("select count(*) from checklist_huishouden c join huishouden h on h.id = c.huishouden_id "
                + "where h.gemeente_id = any(:g)")).isEqualTo(rijen.get("checklist_huishouden"));
        assertThat(tel("select count(*) from checklist_item c join huishouden h on h.id = c.huishouden_id "
                + "where h.gemeente_id = any(:g)")).isEqualTo(rijen.get("checklist_item")).isGreaterThan(5_000);
        assertThat(tel("select count(*) from brief b join huishouden h on h.id = b.huishouden_id "
                + "where h.gemeente_id = any(:g)")).isEqualTo(rijen.get("brief")).isGreaterThan(500);
        assertThat(tel("select count(*) from signaal s join huishouden h on h.id = s.huishouden_id "
                + "where h.gemeente_id = any(:g)")).isEqualTo(rijen.get("signaal")).isGreaterThan(20);
        assertThat(tel("select count(*) from actiepunt a join signaal s on s.id = a.signaal_id "
                + "join huishouden h on h.id = s.huishouden_id where h.gemeente_id = any(:g)"))
            .isEqualTo(rijen.get("actiepunt")).isGreaterThan(20);
    }

    /** Issue 17: PIP dates and ended inburgering are generated, so the national worklist is not topped by false alarms. */
    @Test
    void pipDatesAndEndedInburgeringAreRecordedSoFewRowsShowAnExpiredPip() {
        long lopend = tel("select count(*) from werklijst_regel where gemeente_id = any(:g) "
                + "and status in ('INTAKE', 'ACTIEF', 'VERLENGD')");
        long pipVerlopen = telOp("select count(*) from werklijst_regel where gemeente_id = any(:g) "
                + "and status in ('INTAKE', 'ACTIEF', 'VERLENGD') and eerstvolgende_soort = 'PIP' "
                + "and eerstvolgende_termijn < :vandaag");
        assertThat(pipVerlopen / (double) lopend).as("running rows topped by an expired PIP").isLessThan(0.15);
        assertThat(tel("""
                select count(*) from traject_persoon_feit f join traject t on t.id = f.traject_id
                 where t.gemeente_id = any(:g) and f.pip_vastgesteld_op is not null""")).isPositive();
        assertThat(tel("""
                select count(*) from traject_persoon_feit f join traject t on t.id = f.traject_id
                 where t.gemeente_id = any(:g) and f.inburgering_afronding is not null""")).isPositive();
    }

    @Test
    void householdsFollowTheIntendedDistributions() {
        Map<Integer, Long> groottes = jdbc.sql("""
                select n, count(*) from (select count(*)::int as n from persoon p join huishouden h
                                          on h.id = p.huishouden_id where h.gemeente_id = any(:g)
                                         group by p.huishouden_id) x group by n""")
            .param("g", gemeenten()).query((rs, i) -> Map.entry(rs.getInt(1), rs.getLong(2))).list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long huishoudens = groottes.values().stream().mapToLong(Long::longValue).sum();
        long personen = groottes.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
        assertThat(groottes.get(1) / (double) huishoudens).as("alleenstaand").isBetween(0.35, 0.55);
        assertThat(personen / (double) huishoudens).as("personen per huishouden").isBetween(2.1, 2.9);
        assertThat(groottes.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThanOrEqualTo(6);

        long nareizigers = tel("select count(*) from persoon p join huishouden h on h.id = p.huishouden_id "
                + "where h.gemeente_id = any(:g) and p.status = 'NAREIZIGER'");
        assertThat(nareizigers / (double) personen).as("nareizigers").isBetween(0.03, 0.15);

        List<String> bsns = jdbc.sql("select p.bsn from persoon p join huishouden h on h.id = p.huishouden_id "
                + "where h.gemeente_id = any(:g) and p.bsn is not null").param("g", gemeenten()).query(String.class)
            .list();
        assertThat(bsns).isNotEmpty().allMatch(Bsn::isGeldig).doesNotHaveDuplicates();
        assertThat(tel("select count(*) from persoon p join huishouden h on h.id = p.huishouden_id "
                + "where h.gemeente_id = any(:g) and p.brp_datum < p.geboortedatum")).isZero();
    }

    @Test
    void staffIsSizedToTheHouseholds() {
        Map<Rol, Long> perRol = gegenereerd.medewerkers().stream()
            .collect(Collectors.groupingBy(Medewerker::rol, Collectors.counting()));
        // one begeleider per 40 households and a vrijwilliger per 3, but every team has one of each, however small
        assertThat(200.0 / perRol.get(Rol.BEGELEIDER)).as("huishoudens per begeleider").isBetween(15.0, 45.0);
        assertThat(200.0 / perRol.get(Rol.VRIJWILLIGER)).as("huishoudens per vrijwilliger").isBetween(2.0, 4.0);
        assertThat(tel("""
                select count(*) from team t join uitvoerder u on u.id = t.uitvoerder_id
                 where exists (select 1 from contract c where c.uitvoerder_id = u.id and c.gemeente_id = any(:g))
                   and not exists (select 1 from medewerker_team mt join medewerker m on m.id = mt.medewerker_id
                                    where mt.team_id = t.id and m.rol = 'BEGELEIDER')""")).isZero();
        assertThat(perRol.keySet()).containsExactlyInAnyOrder(Rol.values());
        assertThat(gegenereerd.medewerkers()).extracting(Medewerker::gebruikersnaam).contains("gt-begeleider-1",
                "gt-vrijwilliger-1", "gt-teamleider-1", "gt-regievoerder-1", "gt-beheerder-1");
    }

    @Test
    void trajectoriesRunThroughEveryStageWithTheirHistory() {
        List<String> statussen = jdbc.sql("select distinct status from traject where gemeente_id = any(:g)")
            .param("g", gemeenten()).query(String.class).list();
        assertThat(statussen).hasSizeGreaterThanOrEqualTo(5).contains("INTAKE", "ACTIEF", "AFGEROND");
        assertThat(tel("""
                select count(*) from traject t where t.gemeente_id = any(:g)
                   and (t.status in ('AFGEROND', 'OVERGEDRAGEN', 'BEEINDIGD')) <> (t.einde_datum is not null
                        and t.einde_reden is not null)""")).isZero();
        assertThat(tel("""
                select count(*) from traject t where t.gemeente_id = any(:g)
                   and not exists (select 1 from traject_status s where s.traject_id = t.id and s.status = 'AANGEMELD'
                                      and s.per = t.aangemeld_op)""")).isZero();
        assertThat(tel("""
                select count(*) from toewijzing w join traject t on t.id = w.traject_id
                 where t.gemeente_id = any(:g) and w.vanaf < t.aangemeld_op""")).isZero();
        assertThat(tel("""
                select count(*) from traject t where t.gemeente_id = any(:g) and t.fase_code is not null
                   and not exists (select 1 from traject_fase f where f.traject_id = t.id and f.tot is null
                                      and f.fase_code = t.fase_code and f.vanaf = t.fase_start)""")).isZero();
        assertThat(tel("""
                select count(*) from traject t where t.gemeente_id = any(:g) and t.status not in ('AANGEMELD')
                   and t.team_id is null""")).isZero();
    }

    @Test
    void teamleiderReadsEveryDossierOfTheirUitvoerderWithItsTimeline() {
        List<Medewerker> teamleiders = gegenereerd.medewerkers().stream().filter(m -> m.rol() == Rol.TEAMLEIDER)
            .toList();
        int gelezen = 0;
        for (Medewerker tl : teamleiders) {
            List<UUID> ids = jdbc.sql("select id from traject where uitvoerder_id = ? order by id")
                .param(tl.uitvoerderId()).query(UUID.class).list();
            for (UUID id : ids) {
                Dossier d = trajecten.dossier(medewerker(tl.id()), new TrajectId(id)).orElseThrow();
                assertThat(d.termijnen()).isNotEmpty();
                assertThat(d.contract().id()).isEqualTo(d.traject().contractId());
                assertThat(d.huishouden().personen()).isNotEmpty();
                gelezen++;
            }
        }
        assertThat(gelezen).isEqualTo(200);
    }

    @Test
    void werklijstRegelIsWhatTheWerklijstBijwerkerWrites() {
        Map<UUID, String> voor = werklijstRegels();
        for (Map.Entry<UUID, UUID> t : trajectHuishoudens().entrySet()) {
            events.publishEvent(new TrajectGewijzigd(new TrajectId(t.getKey()), new HuishoudenId(t.getValue())));
        }
        Map<UUID, String> na = werklijstRegels();

        assertThat(voor).hasSize(200);
        assertThat(na).isEqualTo(voor);
    }

    /** Issue 19: the regievoerder's overview rows are what {@code RegieBijwerker} writes from the trajectory. */
    @Test
    void regieRowsAreWhatTheRegieBijwerkerWrites() {
        String huishoudenRij = "select traject_id::text, row(r.*)::text from regie_huishouden r where gemeente_id = any(:g)";
        String persoonRij = "select persoon_id::text, row(r.*)::text from regie_persoon r where gemeente_id = any(:g)";
        Map<String, String> huishoudensVoor = rijen(huishoudenRij);
        Map<String, String> personenVoor = rijen(persoonRij);
        jdbc.sql("delete from regie_huishouden where gemeente_id = any(:g)").param("g", gemeenten()).update();
        // the signals' stand comes from their own event, as the worklist's
        for (Map.Entry<UUID, UUID> t : trajectHuishoudens().entrySet()) {
            events.publishEvent(new TrajectGewijzigd(new TrajectId(t.getKey()), new HuishoudenId(t.getValue())));
        }
        jdbc.sql("""
                update regie_huishouden r set signalen_open = w.signalen_open from werklijst_regel w
                 where w.traject_id = r.traject_id and r.gemeente_id = any(:g)""").param("g", gemeenten()).update();

        assertThat(huishoudensVoor).hasSize(200);
        assertThat(personenVoor.size()).isGreaterThan(200);
        assertThat(rijen(huishoudenRij)).isEqualTo(huishoudensVoor);
        assertThat(rijen(persoonRij)).isEqualTo(personenVoor);
    }

    private Map<String, String> rijen(String sql) {
        Map<String, String> rijen = new HashMap<>();
        jdbc.sql(sql).param("g", gemeenten()).query(rs -> {
            rijen.put(rs.getString(1), rs.getString(2));
        });
        return rijen;
    }

    @Test
    void synchronisingTheGeneratedChecklistsChangesNothing() {
        Map<UUID, String> huishoudens = checklistHuishoudens();
        Map<UUID, String> werklijst = werklijstRegels();
        // exactly the households whose trajectory runs have a checklist (synchronising gives the others nothing)
        assertThat(huishoudens).hasSize((int) tel("select count(*) from traject t where t.gemeente_id = any(:g) "
                + "and t.status in ('INTAKE', 'ACTIEF', 'VERLENGD')")).hasSizeGreaterThan(50);
        assertThat(tel("select count(*) from checklist_huishouden c join traject t on t.huishouden_id = "
                + "c.huishouden_id where t.gemeente_id = any(:g) and (not c.actief or t.status not in "
                + "('INTAKE', 'ACTIEF', 'VERLENGD'))")).isZero();
        // and the nightly job has nothing to do for them before 1 January or a birthday
        assertThat(telOp("select count(*) from checklist_huishouden c join huishouden h on h.id = c.huishouden_id "
                + "where h.gemeente_id = any(:g) and c.volgende_synchronisatie <= :vandaag")).isZero();

        for (UUID huishouden : trajectHuishoudens().values()) {
            checklists.synchroniseer(new HuishoudenId(huishouden));
        }

        assertThat(checklistItems()).hasSize(gegenereerdeItems.size()).isEqualTo(gegenereerdeItems);
        assertThat(checklistHuishoudens()).isEqualTo(huishoudens);
        assertThat(werklijstRegels()).isEqualTo(werklijst);
    }

    @Test
    void checklistsLettersAndSignalsReadBackAsTheWorklistShowsThem() {
        LocalDate vandaag = LocalDate.now(clock);
        Map<UUID, Medewerker> teamleiders = new HashMap<>();
        gegenereerd.medewerkers().stream().filter(m -> m.rol() == Rol.TEAMLEIDER)
            .forEach(m -> teamleiders.putIfAbsent(m.uitvoerderId(), medewerker(m.id())));
        record Stand(UUID huishouden, UUID uitvoerder, String werklijst) {
        }
        List<Stand> standen = jdbc.sql("""
                select w.huishouden_id, w.uitvoerder_id,
                       concat_ws('|', w.checklist_open, coalesce(w.checklist_vroegste::text, ''), w.post_open,
                                 coalesce(w.post_vroegste::text, ''), w.signalen_open, w.signaal_urgent::text,
                                 coalesce(w.signaal_vroegste::text, ''))
                  from werklijst_regel w where w.gemeente_id = any(:g)""").param("g", gemeenten())
            .query((rs, i) -> new Stand(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
            .list();
        int metOpenBrief = 0;
        int metOpenSignaal = 0;
        for (Stand s : standen) {
            Medewerker ik = teamleiders.get(s.uitvoerder());
            HuishoudenId id = new HuishoudenId(s.huishouden());

            List<ChecklistItem> items = new ArrayList<>();
            for (List<ChecklistItem> p = checklists.items(ik, id, null, 100); !p.isEmpty();
                    p = p.size() < 100 ? List.of() : checklists.items(ik, id, p.get(99).id().value(), 100)) {
                items.addAll(p);
            }
            List<ChecklistItem> openItems = items.stream().filter(ChecklistItem::isOpen).toList();

            List<Brief> brieven = new ArrayList<>();
            PostService.PostVanHuishouden pagina = post.brieven(ik, id, null, 100);
            brieven.addAll(pagina.brieven());
            while (pagina.volgende() != null) {
                pagina = post.brieven(ik, id, pagina.volgende(), 100);
                brieven.addAll(pagina.brieven());
            }
            List<Brief> openBrieven = brieven.stream().filter(b -> b.status().isOpen()).toList();

            List<SignaalRegel> regels = new ArrayList<>();
            SignaalId na = null;
            do {
                SignaalService.SignalenVanHuishouden p = signalen.signalen(ik, id, na, 100);
                regels.addAll(p.signalen());
                na = p.volgende();
            }
            while (na != null);
            List<SignaalRegel> openSignalen = regels.stream().filter(r -> r.status().isOpen()).toList();

            String verwacht = String.join("|", String.valueOf(openItems.size()),
                    vroegste(openItems.stream().map(ChecklistItem::deadline)), String.valueOf(openBrieven.size()),
                    vroegste(openBrieven.stream().map(Brief::deadline)), String.valueOf(openSignalen.size()),
                    String.valueOf(openSignalen.stream().anyMatch(r -> r.urgentie().isUrgent())),
                    vroegste(openSignalen.stream().map(SignaalRegel::vroegsteActie)));
            assertThat(s.werklijst()).as("huishouden %s", s.huishouden()).isEqualTo(verwacht);
            metOpenBrief += openBrieven.isEmpty() ? 0 : 1;
            metOpenSignaal += openSignalen.isEmpty() ? 0 : 1;
            assertThat(brieven).allSatisfy(b -> {
                assertThat(b.ontvangenOp()).isBeforeOrEqualTo(vandaag);
                assertThat(b.afgehandeldOp() == null).isEqualTo(b.status().isOpen());
            });
        }
        assertThat(metOpenBrief).isPositive();
        assertThat(metOpenSignaal).isPositive();
    }

    @Test
    void checklistsShowLerenDoorTeDoenAndRecordsAreByTheTrajectorysGuides() {
        LocalDate vandaag = LocalDate.now(clock);
        // who did it, per year of guidance counted as the checklist overview does (yearly tasks by their year)
        Map<Integer, Map<String, Long>> perJaar = new HashMap<>();
        jdbc.sql("""
                select case when si.jaarlijks then ci.jaar - extract(year from c.traject_start)::int + 1
                            when ci.datum <= c.traject_start then 1
                            else extract(year from age(ci.datum, c.traject_start))::int + 1 end as jaar,
                       ci.wie_deed_het, count(*)
                  from checklist_item ci join checklist_huishouden c on c.huishouden_id = ci.huishouden_id
                  join checklist_sjabloon_item si on si.id = ci.sjabloon_item_id
                  join huishouden h on h.id = ci.huishouden_id
                 where h.gemeente_id = any(:g) and ci.status = 'GEREGELD'
                 group by 1, 2""").param("g", gemeenten())
            .query(rs -> {
                perJaar.computeIfAbsent(Math.min(rs.getInt(1), 3), k -> new HashMap<>())
                    .merge(rs.getString(2), rs.getLong(3), Long::sum);
            });
        assertThat(meeste(perJaar.get(1))).as("jaar 1").isEqualTo("BEGELEIDER");
        assertThat(meeste(perJaar.get(2))).as("jaar 2").isEqualTo("SAMEN");
        assertThat(meeste(perJaar.get(3))).as("jaar 3").isEqualTo("ZELF");

        // items past due are mostly done, some still open (overdue), some not needed with a reason
        Map<String, Long> verstreken = new HashMap<>();
        jdbc.sql("""
                select ci.status, count(*) from checklist_item ci join huishouden h on h.id = ci.huishouden_id
                  join checklist_huishouden c on c.huishouden_id = ci.huishouden_id
                 where h.gemeente_id = any(:g) and c.actief and ci.deadline < :vandaag group by 1""")
            .param("g", gemeenten()).param("vandaag", vandaag)
            .query(rs -> {
                verstreken.put(rs.getString(1), rs.getLong(2));
            });
        long alle = verstreken.values().stream().mapToLong(Long::longValue).sum();
        assertThat(verstreken.getOrDefault("GEREGELD", 0L) / (double) alle).as("geregeld").isBetween(0.7, 0.95);
        assertThat(verstreken.getOrDefault("NIET_VAN_TOEPASSING", 0L) / (double) alle).isBetween(0.02, 0.2);
        assertThat(verstreken.getOrDefault("TE_DOEN", 0L) + verstreken.getOrDefault("BEZIG", 0L)).isPositive();
        long lopend = tel("select count(*) from werklijst_regel where gemeente_id = any(:g) "
                + "and status in ('INTAKE', 'ACTIEF', 'VERLENGD')");
        long metVerlopen = telOp("select count(*) from werklijst_regel where gemeente_id = any(:g) "
                + "and status in ('INTAKE', 'ACTIEF', 'VERLENGD') and checklist_vroegste < :vandaag");
        assertThat(metVerlopen / (double) lopend).as("lopend met een verlopen checklist-item").isBetween(0.2, 0.9);

        // every record is dated today or earlier and made by someone assigned to the trajectory (on that day)
        assertThat(telOp("""
                select count(*) from checklist_item ci join huishouden h on h.id = ci.huishouden_id
                  join traject t on t.huishouden_id = ci.huishouden_id
                 where h.gemeente_id = any(:g)
                   and (ci.datum > :vandaag or ci.vastgelegd_op > now() or ci.aangemaakt_op > now()
                        or ci.aangemaakt_op > ci.vastgelegd_op
                        or (ci.status = 'TE_DOEN' or ci.status = 'GEREGELD' and ci.wie_deed_het is null)
                           <> (ci.vastgelegd_door is null)
                        or t.einde_datum is not null and ci.datum >= t.einde_datum
                        or ci.vastgelegd_door is not null and not exists (
                           select 1 from toewijzing w where w.traject_id = t.id and w.medewerker_id = ci.vastgelegd_door
                              and (ci.datum is null or w.vanaf <= ci.datum and (w.tot is null or w.tot >= ci.datum))))
                """)).isZero();
        assertThat(telOp("""
                select count(*) from brief b join huishouden h on h.id = b.huishouden_id
                 join traject t on t.huishouden_id = b.huishouden_id
                 where h.gemeente_id = any(:g)
                   and (b.ontvangen_op > :vandaag or b.afgehandeld_op > :vandaag
                        or b.ontvangen_op < (select min(s.per) from traject_status s where s.traject_id = t.id
                                                and s.status = 'INTAKE')
                        or t.einde_datum is not null and b.afgehandeld_op >= t.einde_datum
                        or t.einde_datum is not null and b.status in ('OPEN', 'IN_BEHANDELING')
                        or not exists (select 1 from toewijzing w where w.traject_id = t.id
                                          and w.medewerker_id = b.vastgelegd_door))""")).isZero();
        assertThat(telOp("""
                select count(*) from signaal s join traject t on t.huishouden_id = s.huishouden_id
                 where t.gemeente_id = any(:g)
                   and (s.gemeld_op > :vandaag or s.afgesloten_op > :vandaag
                        or t.einde_datum is not null and s.status <> 'AFGESLOTEN'
                        or s.afgesloten_op < s.gemeld_op)""")).isZero();
    }

    @Test
    void lettersAndSignalsComeAtRealisticRates() {
        long gestart = tel("""
                select count(*) from traject t where t.gemeente_id = any(:g)
                   and exists (select 1 from traject_status s where s.traject_id = t.id and s.status = 'INTAKE')""");
        long brieven = tel("select count(*) from brief b join huishouden h on h.id = b.huishouden_id "
                + "where h.gemeente_id = any(:g)");
        assertThat(brieven / (double) gestart).as("brieven per gestart huishouden").isBetween(5.0, 13.0);
        Map<String, Long> afzenders = new HashMap<>();
        jdbc.sql("select b.afzender, count(*) from brief b join huishouden h on h.id = b.huishouden_id "
                + "where h.gemeente_id = any(:g) group by 1").param("g", gemeenten())
            .query(rs -> {
                afzenders.put(rs.getString(1), rs.getLong(2));
            });
        assertThat(meeste(afzenders)).isEqualTo("BELASTINGDIENST_TOESLAGEN");
        assertThat(afzenders).hasSizeGreaterThanOrEqualTo(8);
        long afgehandeld = tel("select count(*) from brief b join huishouden h on h.id = b.huishouden_id "
                + "where h.gemeente_id = any(:g) and b.status in ('AFGEHANDELD', 'GEEN_ACTIE')");
        assertThat(afgehandeld / (double) brieven).as("afgehandeld").isBetween(0.75, 0.985);
        assertThat(telOp("select count(*) from brief b join huishouden h on h.id = b.huishouden_id "
                + "where h.gemeente_id = any(:g) and b.status in ('OPEN', 'IN_BEHANDELING') "
                + "and b.deadline < :vandaag")).as("verlopen brieven").isPositive();

        long huishoudens = 200;
        long metSignaal = tel("select count(distinct s.huishouden_id) from signaal s join huishouden h "
                + "on h.id = s.huishouden_id where h.gemeente_id = any(:g)");
        long metOpenSignaal = tel("select count(*) from werklijst_regel where gemeente_id = any(:g) "
                + "and signalen_open > 0");
        assertThat(metSignaal / (double) huishoudens).as("ooit een signaal").isBetween(0.15, 0.4);
        assertThat(metOpenSignaal / (double) huishoudens).as("een open signaal").isBetween(0.01, 0.12);
        assertThat(tel("select count(*) from signaal s join huishouden h on h.id = s.huishouden_id "
                + "where h.gemeente_id = any(:g) and s.richting = 'NAAR_BEGELEIDING'")).isPositive();
        assertThat(tel("select count(*) from signaal s join huishouden h on h.id = s.huishouden_id "
                + "where h.gemeente_id = any(:g) and s.urgentie in ('HOOG', 'ACUUT')")).isPositive();
        assertThat(tel("select count(distinct a.signaal_id) from actiepunt a join signaal s on s.id = a.signaal_id "
                + "join huishouden h on h.id = s.huishouden_id where h.gemeente_id = any(:g)"))
            .as("signalen met een plan van aanpak").isPositive();
    }

    @Test
    void vrijwilligerSeesExactlyTheRunningHouseholdsAssignedToThem() {
        List<Map.Entry<UUID, UUID>> toegewezen = jdbc.sql("""
                select w.medewerker_id, t.id from toewijzing w join traject t on t.id = w.traject_id
                 where t.gemeente_id = any(:g) and w.rol = 'VRIJWILLIGER' and w.vanaf <= :vandaag
                   and (w.tot is null or w.tot >= :vandaag)
                   and t.status not in ('AFGEROND', 'OVERGEDRAGEN', 'BEEINDIGD')""")
            .param("g", gemeenten()).param("vandaag", LocalDate.now(clock))
            .query((rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        Map<UUID, Set<UUID>> verwacht = new HashMap<>();
        toegewezen.forEach(e -> verwacht.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        assertThat(verwacht).hasSizeGreaterThan(10);

        for (Medewerker v : gegenereerd.medewerkers()) {
            if (v.rol() != Rol.VRIJWILLIGER) {
                continue;
            }
            Set<UUID> ziet = werklijst.pagina(medewerker(v.id()), WerklijstFilter.leeg()).regels().stream()
                .map(WerklijstRegel::trajectId).collect(Collectors.toSet());
            assertThat(ziet).as(v.gebruikersnaam()).isEqualTo(verwacht.getOrDefault(v.id(), Set.of()));
        }
    }

    @Test
    void generatedUsersLogInWithTheDemoPassword() throws Exception {
        for (String gebruiker : List.of("gt-teamleider-1", "gt-begeleider-1", "gt-regievoerder-1")) {
            mvc.perform(formLogin().user(gebruiker).password(GeneratorStart.WACHTWOORD))
                .andExpect(authenticated().withUsername(gebruiker));
        }
    }

    private Map<UUID, UUID> trajectHuishoudens() {
        Map<UUID, UUID> paren = new HashMap<>();
        jdbc.sql("select id, huishouden_id from traject where gemeente_id = any(:g)").param("g", gemeenten())
            .query(rs -> {
                paren.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
            });
        return paren;
    }

    private Map<UUID, String> werklijstRegels() {
        Map<UUID, String> regels = new HashMap<>();
        jdbc.sql("""
                select traject_id, row(huishouden_id, gemeente_id, uitvoerder_id, team_id, status, fase_code,
                       fase_naam, naam, zoeknaam, aantal_personen, medewerkers, medewerker_namen, open_termijnen,
                       eerstvolgende_termijn, eerstvolgende_soort, urgentie, laatste_contact, volgende_contact,
                       contact_uiterlijk, checklist_open, checklist_vroegste, post_open, post_vroegste, signalen_open,
                       signaal_urgent, signaal_vroegste)::text
                  from werklijst_regel where gemeente_id = any(:g)""").param("g", gemeenten())
            .query(rs -> {
                regels.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
        return regels;
    }

    /** Every generated checklist item, as text, by id. */
    private Map<UUID, String> checklistItems() {
        Map<UUID, String> items = new HashMap<>();
        jdbc.sql("""
                select ci.id, row(ci.*)::text from checklist_item ci join huishouden h on h.id = ci.huishouden_id
                 where h.gemeente_id = any(:g)""").param("g", gemeenten())
            .query(rs -> {
                items.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
        return items;
    }

    /** What the checklist keeps per generated household, but for when it last looked. */
    private Map<UUID, String> checklistHuishoudens() {
        Map<UUID, String> rijen = new HashMap<>();
        jdbc.sql("""
                select c.huishouden_id, row(c.contract_id, c.traject_start, c.actief, c.volgende_synchronisatie)::text
                  from checklist_huishouden c join huishouden h on h.id = c.huishouden_id
                 where h.gemeente_id = any(:g)""").param("g", gemeenten())
            .query(rs -> {
                rijen.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
        return rijen;
    }

    private static String vroegste(Stream<LocalDate> datums) {
        return datums.filter(Objects::nonNull).min(LocalDate::compareTo).map(LocalDate::toString)
            .orElse("");
    }

    private static String meeste(Map<String, Long> aantallen) {
        return aantallen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
