package nl.wegwijs.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.wegwijs.checklist.ChecklistOpbouw;
import nl.wegwijs.checklist.SjabloonItem;
import nl.wegwijs.generator.Stelsel.GemeentePlan;
import nl.wegwijs.organisatie.Medewerker;

/**
 * Generates a synthetic data set at a {@link Schaal} into a PostgreSQL database, deterministically for a seed and a
 * day: first the organisation (gemeenten, uitvoerders, contracts, staff), then household after household with its
 * trajectory, daily guidance (contacts, checklist, letters, signals), worklist row and processing log. Rows stream to
 * PostgreSQL with COPY in one transaction, so a failed run leaves nothing behind; ANALYZE follows.
 * <p>
 * A plain class, not a bean: {@link GeneratorStart} runs it from the command line, tests run it at a tiny scale.
 */
final class Generator {

    private static final Logger LOG = LoggerFactory.getLogger(Generator.class);

    /** Tables whose secondary indexes and foreign keys are dropped before a big load and built again after it. */
    private static final List<String> HERBOUWDE_TABELLEN = List.of("verwerking", "contactmoment",
            "contactmoment_medewerker", "checklist_item", "brief", "huishouden", "werklijst_regel", "regie_persoon");
    /** From this many households on, rebuilding the indexes beats maintaining them row by row. */
    static final int HERBOUW_VANAF = 20_000;

    private final @Nullable DataSource dataSource;
    private final String wachtwoordHash;
    private final Clock clock;
    private final Schaal schaal;
    private final long seed;
    private final String prefix;
    private final List<SjabloonItem> sjabloon;

    /**
     * @param dataSource where to write; null for a generator that only makes {@link #proef() dry runs}
     * @param wachtwoordHash the encoded password every generated medewerker gets
     * @param prefix the start of every generated gebruikersnaam ({@code g-} gives {@code g-begeleider-17})
     * @param sjabloon the checklist template every generated contract uses: the default template of the database
     *        ({@link ChecklistOpbouw#standaardSjabloon}), whose item ids the items refer to
     */
    Generator(@Nullable DataSource dataSource, String wachtwoordHash, Clock clock, Schaal schaal, long seed,
            String prefix, List<SjabloonItem> sjabloon) {
        this.dataSource = dataSource;
        this.wachtwoordHash = wachtwoordHash;
        this.clock = clock;
        this.schaal = schaal;
        this.seed = seed;
        this.prefix = prefix;
        this.sjabloon = List.copyOf(sjabloon);
    }

    /**
     * What a run made.
     *
     * @param rijen rows per table
     * @param copySeconden seconds the COPY of each table took (zero in a dry run)
     * @param vingerafdruk SHA-256 over all rows: the same for the same seed, scale, day and starting database
     * @param gemeenten the generated gemeenten, in order
     * @param medewerkers the generated medewerkers (every one with the password whose hash was given)
     */
    record Resultaat(Schaal schaal, long seed, Map<String, Long> rijen, Map<String, Double> copySeconden,
            Duration duur, String vingerafdruk, List<UUID> gemeenten, List<Medewerker> medewerkers) {

        long totaal() {
            return rijen.values().stream().mapToLong(Long::longValue).sum();
        }

        double rijenPerSeconde() {
            return totaal() / Math.max(0.001, duur.toMillis() / 1000.0);
        }
    }

    /** Generates into the database. */
    Resultaat genereer() {
        long begin = System.nanoTime();
        DataSource database = Objects.requireNonNull(dataSource, "a generator for dry runs has no database");
        try (Connection c = database.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            Resultaat r;
            try {
                Set<String> codes = lees(c, "select cbs_code from gemeente");
                Set<String> bsns = lees(c, "select bsn from persoon where bsn is not null");
                Set<String> namen = lees(c, "select gebruikersnaam from medewerker where gebruikersnaam like '"
                        + prefix.replace("'", "''").replace("%", "\\%").replace("_", "\\_") + "%'");
                if (!namen.isEmpty()) {
                    throw new IllegalStateException("De database heeft al " + namen.size()
                            + " gebruikers die met '" + prefix + "' beginnen: kies een ander voorvoegsel "
                            + "(--wegwijs.generate.prefix) en een ander zaad (--wegwijs.generate.seed)");
                }
                try (Statement s = c.createStatement()) {
                    s.execute("set local synchronous_commit = off");
                    s.execute("set local maintenance_work_mem = '256MB'");
                }
                Map<String, String> indexen = schaal.huishoudens() >= HERBOUW_VANAF ? laatIndexenVallen(c) : Map.of();
                CopyTabellen copy = new CopyTabellen(new CopyManager(c.unwrap(BaseConnection.class)));
                try {
                    r = maak(copy, codes, bsns, begin);
                }
                catch (RuntimeException e) {
                    copy.breekAf();
                    throw e;
                }
                bouwIndexen(c, indexen);
                c.commit();
            }
            catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
            finally {
                c.setAutoCommit(autoCommit);
            }
            long analyse = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("analyze " + String.join(", ", r.rijen().keySet()));
            }
            LOG.info("ANALYZE in {} s", String.format("%.1f", (System.nanoTime() - analyse) / 1e9));
            return new Resultaat(r.schaal(), r.seed(), r.rijen(), r.copySeconden(),
                    Duration.ofNanos(System.nanoTime() - begin), r.vingerafdruk(), r.gemeenten(), r.medewerkers());
        }
        catch (SQLException e) {
            throw new IllegalStateException("Genereren mislukt: " + e.getMessage(), e);
        }
    }

    /** Generates without writing: only the row counts and the fingerprint. */
    Resultaat proef() {
        return maak(new CopyTabellen(null), Set.of(), new HashSet<>(), System.nanoTime());
    }

    private Resultaat maak(CopyTabellen copy, Set<String> codes, Set<String> bsns, long begin) {
        Tabellen t = new Tabellen(copy);
        LocalDate vandaag = LocalDate.now(clock);
        Willekeur zaad = new Willekeur(seed);
        Stelsel stelsel = Stelsel.bouw(schaal, zaad.splits(), vandaag, codes, prefix);
        stelsel.schrijf(t, wachtwoordHash);
        LOG.info("Organisatie: {} gemeenten, {} uitvoerders, {} medewerkers", stelsel.gemeenten.size(),
                stelsel.uitvoerders.size(), stelsel.medewerkers.size());
        Huishoudmaker maker = new Huishoudmaker(t, vandaag, clock.instant(), clock.getZone(), schaal.leesPerWeek(),
                new Gezinnen(bsns), sjabloon);
        int gedaan = 0;
        int stap = Math.max(1, schaal.huishoudens() / 10);
        for (GemeentePlan g : stelsel.gemeenten) {
            Willekeur w = zaad.splits();
            for (int i = 0; i < g.huishoudens; i++) {
                maker.maak(g, w);
                copy.misschienLegen();
                if (++gedaan % stap == 0) {
                    double seconden = (System.nanoTime() - begin) / 1e9;
                    LOG.info("{} van {} huishoudens, {} rijen, {} rijen/s", gedaan, schaal.huishoudens(),
                            copy.totaalRijen(), Math.round(copy.totaalRijen() / seconden));
                }
            }
        }
        copy.sluit();
        List<UUID> gemeenten = stelsel.gemeenten.stream().map(g -> g.gemeente.id()).toList();
        return new Resultaat(schaal, seed, copy.rijen(), copy.seconden(), Duration.ofNanos(System.nanoTime() - begin),
                copy.vingerafdruk(), gemeenten, List.copyOf(stelsel.medewerkers));
    }

    // --- indexes

    /**
     * Drops the secondary indexes and the foreign keys of the big tables and returns, per statement that dropped one,
     * the statement that builds it again (indexes first, then the foreign keys, each checked in one pass).
     */
    private static Map<String, String> laatIndexenVallen(Connection c) throws SQLException {
        Map<String, String> herstel = new LinkedHashMap<>();
        List<String> tabellen = new ArrayList<>();
        HERBOUWDE_TABELLEN.forEach(t -> tabellen.add("'" + t + "'"));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select i.indexname, i.indexdef from pg_indexes i
                 where i.schemaname = current_schema() and i.tablename in (%s)
                   and not exists (select 1 from pg_constraint k where k.conname = i.indexname)
                 order by i.tablename, i.indexname""".formatted(String.join(", ", tabellen)))) {
            while (rs.next()) {
                // a partitioned table's index reads "ON ONLY"; built again it must cover every partition
                herstel.put("drop index " + rs.getString(1), rs.getString(2).replace(" ON ONLY ", " ON "));
            }
        }
        // a foreign key is checked row by row during COPY (a few million lookups), once in one pass when added
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select t.relname, k.conname, pg_get_constraintdef(k.oid) from pg_constraint k
                  join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace
                 where k.contype = 'f' and n.nspname = current_schema() and t.relname in (%s)
                 order by t.relname, k.conname""".formatted(String.join(", ", tabellen)))) {
            while (rs.next()) {
                String tabel = rs.getString(1);
                String naam = rs.getString(2);
                herstel.put("alter table " + tabel + " drop constraint " + naam,
                        "alter table " + tabel + " add constraint " + naam + " " + rs.getString(3));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String ddl : herstel.keySet()) {
                s.execute(ddl);
            }
        }
        LOG.info("Indexen en verwijzingen tijdelijk verwijderd: {}", herstel.keySet());
        return herstel;
    }

    private static void bouwIndexen(Connection c, Map<String, String> herstel) throws SQLException {
        long begin = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (String ddl : herstel.values()) {
                s.execute(ddl);
            }
        }
        if (!herstel.isEmpty()) {
            LOG.info("Indexen en verwijzingen opnieuw gebouwd in {} s",
                    String.format("%.1f", (System.nanoTime() - begin) / 1e9));
        }
    }

    private static Set<String> lees(Connection c, String sql) throws SQLException {
        Set<String> waarden = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                waarden.add(rs.getString(1));
            }
        }
        return waarden;
    }
}
