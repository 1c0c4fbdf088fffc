package nl.wegwijs.generator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import nl.wegwijs.IntegrationTest;
import nl.wegwijs.huishouden.Bsn;
import nl.wegwijs.huishouden.HuishoudenId;
import nl.wegwijs.organisatie.Medewerker;
import nl.wegwijs.organisatie.OrganisatieService;
import nl.wegwijs.organisatie.Rol;
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
 * code — dossiers and timelines compute, the worklist rows are what the worklist's own updater writes, and every
 * vrijwilliger sees exactly the running households assigned to them.
 */
@IntegrationTest
class GeneratorTests {

    static final Schaal PROEF = new Schaal("proef", 5, 200, 0.25, false);
    private static Generator.Resultaat gegenereerd;
    /** After the generation: later rows in the processing log are this test's own reads. */
    private static Instant klaar;

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

    @BeforeEach
    void genereer() {
        synchronized (GeneratorTests.class) {
            if (gegenereerd == null) {
                gegenereerd = new Generator(dataSource, encoder.encode(GeneratorStart.WACHTWOORD), clock, PROEF,
                        20_261_123L, "gt-").genereer();
                klaar = clock.instant();
            }
        }
    }

    private UUID[] gemeenten() {
        return gegenereerd.gemeenten().toArray(UUID[]::new);
    }

    private long tel(String sql) {
        return jdbc.sql(sql).param("g", gemeenten()).query(Long.class).single();
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
                       contact_uiterlijk)::text
                  from werklijst_regel where gemeente_id = any(:g)""").param("g", gemeenten())
            .query(rs -> {
                regels.put(rs.getObject(1, UUID.class), rs.getString(2));
            });
        return regels;
    }
}
